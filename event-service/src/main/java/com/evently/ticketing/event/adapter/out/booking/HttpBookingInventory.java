package com.evently.ticketing.event.adapter.out.booking;

import com.evently.ticketing.event.application.port.out.BookingInventory;
import com.evently.ticketing.event.application.port.out.BookingUnavailable;
import com.evently.ticketing.event.application.port.out.CapacityBelowSoldConflict;
import com.evently.ticketing.platform.security.ServiceTokenUnavailable;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Asks booking-service's internal API to resize a ticket type, with this service's token for
 * {@code internal:booking-inventory} (platform-core's {@code ServiceTokens}, on the {@link RestClient}). Each try goes
 * through the circuit breaker and the retry wraps the breaker: a blip is retried (the call is idempotent), a long
 * outage opens the breaker so organizers are told at once instead of waiting on a sick service; identity being out,
 * so that no token can be had, counts as such an outage. Timeouts live on the {@link RestClient}.
 */
public class HttpBookingInventory implements BookingInventory {

    static final String CAPACITY = "/internal/v1/events/{eventId}/ticket-types/{ticketTypeId}/capacity";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(HttpBookingInventory.class);

    private final RestClient bookingService;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public HttpBookingInventory(RestClient bookingService, Retry retry, CircuitBreaker circuitBreaker) {
        this.bookingService = bookingService;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
    }

    /**
     * A client for booking-service that gives up on connecting and on waiting for an answer in bounded time.
     *
     * @param serviceToken puts this service's token on each request
     */
    public static RestClient bookingServiceClient(RestClient.Builder builder, URI baseUrl, Duration connectTimeout,
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
    public void changeCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId) {
        Runnable call = Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(circuitBreaker,
                () -> put(eventId, ticketTypeId, capacity, changeId)));
        try {
            call.run();
        } catch (CapacityBelowSoldConflict refused) {
            throw refused;
        } catch (CallNotPermittedException e) {
            throw new BookingUnavailable("booking-service circuit breaker is open: not called", e);
        } catch (ServiceTokenUnavailable e) {
            throw new BookingUnavailable("booking-service not called: " + e.getMessage(), e);
        } catch (RestClientResponseException e) {
            // the status only: the body of an error answer is not ours to copy into logs
            throw new BookingUnavailable("booking-service answered " + e.getStatusCode().value(), e);
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new BookingUnavailable("booking-service unreachable: " + cause.getClass().getSimpleName(), e);
        } catch (RestClientException e) {
            throw new BookingUnavailable("booking-service gave no usable answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void restoreCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID failedChangeId) {
        try {
            changeCapacity(eventId, ticketTypeId, capacity, UUID.randomUUID());
        } catch (RuntimeException failure) {
            log.error("Capacity change {} of ticket type {} (event {}) could not be undone in booking-service after the "
                            + "catalog failed to store it; the catalog shows {} seats per session, booking may differ",
                    failedChangeId, ticketTypeId, eventId, capacity, failure);
        }
    }

    private void put(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId) {
        bookingService.put()
                .uri(CAPACITY, eventId, ticketTypeId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", capacity, "changeId", changeId))
                .retrieve()
                .onStatus(status -> status.value() == HttpStatus.CONFLICT.value(), (request, response) -> {
                    JsonNode problem = JSON.readTree(response.getBody());
                    if (!problem.path("soldSeats").isInt()) {
                        throw new BookingUnavailable("booking-service answered 409 without soldSeats", null);
                    }
                    throw new CapacityBelowSoldConflict(capacity, problem.path("soldSeats").intValue());
                })
                .toBodilessEntity();
    }
}
