package com.evently.ticketing.notification.adapter.out.ticketservice;

import com.evently.ticketing.notification.application.port.out.TicketDocuments;
import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable;
import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable.Kind;
import com.evently.ticketing.notification.domain.TicketsPdf;
import com.evently.ticketing.platform.security.ServiceTokenUnavailable;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Fetches a booking's tickets PDF from ticket-service's internal API, with this service's token for
 * {@code internal:ticket-documents} (platform-core's {@code ServiceTokens}, on the {@link RestClient}). Each try goes
 * through the circuit breaker, and the retry wraps the breaker: a short outage is retried a few times, a long one
 * opens the breaker so deliveries fail fast (and are rescheduled by the mail queue) instead of piling onto a sick
 * service. No token because identity-service is out is such an outage too; identity refusing this service's
 * credentials is not. Timeouts live on the {@link RestClient} (see {@link #ticketServiceClient}).
 */
public class HttpTicketDocuments implements TicketDocuments {

    static final String TICKETS_PDF = "/internal/v1/bookings/{bookingId}/tickets.pdf";

    private final RestClient ticketService;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public HttpTicketDocuments(RestClient ticketService, Retry retry, CircuitBreaker circuitBreaker) {
        this.ticketService = ticketService;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
    }

    /**
     * A client for ticket-service that gives up on connecting and on waiting for an answer in bounded time.
     *
     * @param serviceToken puts this service's token on each request
     */
    public static RestClient ticketServiceClient(RestClient.Builder builder, URI baseUrl, Duration connectTimeout,
                                                 Duration readTimeout, ClientHttpRequestInterceptor serviceToken) {
        return builder
                .baseUrl(baseUrl.toString())
                .requestInterceptor(serviceToken)
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
                        // plain HTTP inside the cluster: skip the HTTP/2 upgrade handshake
                        .withHttpClientCustomizer(http -> http.version(HttpClient.Version.HTTP_1_1))
                        .build(HttpClientSettings.defaults().withTimeouts(connectTimeout, readTimeout)))
                .build();
    }

    @Override
    public TicketsPdf ticketsPdfOf(UUID bookingId) {
        Supplier<byte[]> download = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> download(bookingId)));
        try {
            return new TicketsPdf(bookingId, download.get());
        } catch (CallNotPermittedException e) {
            throw new TicketDocumentsUnavailable("ticket-service circuit breaker is open: not called", e, Kind.OUTAGE);
        } catch (ServiceTokenUnavailable e) {
            throw new TicketDocumentsUnavailable("ticket-service not called: " + e.getMessage(), e,
                    e.outage() ? Kind.OUTAGE : Kind.FAILURE);
        } catch (RestClientResponseException e) {
            // the status only: the body of an error answer is not ours to copy into logs
            throw new TicketDocumentsUnavailable("ticket-service answered " + e.getStatusCode().value(), e, kindOf(e));
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new TicketDocumentsUnavailable("ticket-service unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e, Kind.OUTAGE);
        } catch (RestClientException | IllegalArgumentException e) {
            throw new TicketDocumentsUnavailable("ticket-service sent no usable PDF: " + e.getMessage(), e);
        }
    }

    private static Kind kindOf(RestClientResponseException answer) {
        if (answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return Kind.NO_VALID_TICKETS;
        }
        return new TransientTicketServiceFailure().test(answer) ? Kind.OUTAGE : Kind.FAILURE;
    }

    private byte[] download(UUID bookingId) {
        ResponseEntity<byte[]> response = ticketService.get()
                .uri(TICKETS_PDF, bookingId)
                .accept(MediaType.APPLICATION_PDF)
                .retrieve()
                .toEntity(byte[].class);
        MediaType contentType = response.getHeaders().getContentType();
        if (contentType == null || !MediaType.APPLICATION_PDF.isCompatibleWith(contentType)) {
            throw new IllegalArgumentException("expected application/pdf, got " + contentType);
        }
        if (response.getBody() == null) {
            throw new IllegalArgumentException("empty body");
        }
        return response.getBody();
    }
}
