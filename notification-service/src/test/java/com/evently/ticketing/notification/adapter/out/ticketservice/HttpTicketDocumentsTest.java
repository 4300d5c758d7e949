package com.evently.ticketing.notification.adapter.out.ticketservice;

import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.testing.TicketServiceStandIn;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP adapter against a real HTTP server: token, timeouts, retry and circuit breaker as configured. */
class HttpTicketDocumentsTest {

    private static final String TOKEN = "s3cret-internal-token";
    private static final TicketServiceStandIn ticketService = TicketServiceStandIn.start(TOKEN);

    private CircuitBreaker circuitBreaker;

    @BeforeEach
    void freshCircuitBreaker() {
        circuitBreaker = CircuitBreaker.of("ticket-service", CircuitBreakerConfig.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofMinutes(1))
                .recordException(new TransientTicketServiceFailure())
                .build());
    }

    @AfterAll
    static void stopStandIn() {
        ticketService.close();
    }

    @Test
    void fetchesTheBookingsPdfWithTheInternalToken() {
        UUID bookingId = UUID.randomUUID();

        Attachment pdf = documents(TOKEN).ticketsPdfOf(bookingId).asAttachment();

        assertThat(pdf.fileName()).isEqualTo("tickets-" + bookingId + ".pdf");
        assertThat(pdf.content()).isEqualTo(TicketServiceStandIn.pdfOf(bookingId));
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(1);
    }

    @Test
    void retriesWhileTicketServiceAnswersServiceUnavailable() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failFirst(bookingId, 2, 503);

        assertThat(documents(TOKEN).ticketsPdfOf(bookingId).bookingId()).isEqualTo(bookingId);
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheRetriesAndSaysWhyWithoutTheToken() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failAlways(bookingId, 503);

        assertThatThrownBy(() -> documents(TOKEN).ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.OUTAGE))
                .hasMessageContaining("503")
                .message().doesNotContain(TOKEN);
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(3);
    }

    @Test
    void doesNotRetryAnAnswerThatWouldNotChange() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failAlways(bookingId, 404);

        assertThatThrownBy(() -> documents(TOKEN).ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.NO_VALID_TICKETS))
                .hasMessageContaining("404");
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(1);
    }

    @Test
    void stopsCallingOnceTheCircuitBreakerOpens() {
        UUID failing = UUID.randomUUID();
        ticketService.failAlways(failing, 503);
        HttpTicketDocuments documents = documents(TOKEN);
        assertThatThrownBy(() -> documents.ticketsPdfOf(failing)).isInstanceOf(TicketDocumentsUnavailable.class);
        assertThatThrownBy(() -> documents.ticketsPdfOf(failing)).isInstanceOf(TicketDocumentsUnavailable.class);
        assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        UUID healthy = UUID.randomUUID();
        assertThatThrownBy(() -> documents.ticketsPdfOf(healthy))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.OUTAGE))
                .hasMessageContaining("circuit breaker is open");
        assertThat(ticketService.callsFor(healthy)).isZero();
    }

    @Test
    void treatsASlowAnswerAsUnavailable() {
        UUID bookingId = UUID.randomUUID();
        ticketService.answerSlowly(bookingId, Duration.ofSeconds(2));

        assertThatThrownBy(() -> documents(TOKEN).ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void refusesAnAnswerThatIsNoPdf() {
        UUID bookingId = UUID.randomUUID();
        ticketService.answerWithHtml(bookingId);

        assertThatThrownBy(() -> documents(TOKEN).ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("no usable PDF");
    }

    @Test
    void doesNotCallWithoutAnInternalToken() {
        UUID bookingId = UUID.randomUUID();

        assertThatThrownBy(() -> documents("").ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("TICKETING_INTERNAL_TOKEN");
        assertThat(ticketService.callsFor(bookingId)).isZero();
    }

    @Test
    void aWrongTokenIsRefusedAndNotRetried() {
        UUID bookingId = UUID.randomUUID();
        int refusedBefore = ticketService.refusedTokens();

        assertThatThrownBy(() -> documents("not-the-token").ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("403");
        assertThat(ticketService.refusedTokens()).isEqualTo(refusedBefore + 1);
    }

    private HttpTicketDocuments documents(String token) {
        RestClient client = HttpTicketDocuments.ticketServiceClient(RestClient.builder(),
                URI.create(ticketService.baseUrl()), Duration.ofSeconds(1), Duration.ofMillis(500));
        Retry retry = Retry.of("ticket-service", RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(10))
                .retryOnException(new TransientTicketServiceFailure())
                .build());
        return new HttpTicketDocuments(client, token, retry, circuitBreaker);
    }
}
