package com.evently.ticketing.notification.adapter.out.ticketservice;

import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.testing.TicketServiceStandIn;
import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.platform.security.ServiceClientProperties;
import com.evently.ticketing.platform.security.ServiceTokens;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP adapter against a real HTTP server: service token (from the test identity provider's token endpoint),
 * timeouts, retry and circuit breaker as configured.
 */
class HttpTicketDocumentsTest {

    private static final String SECRET = TestIdentityProvider.SERVICE_CLIENT_SECRET;
    private static final TicketServiceStandIn ticketService = TicketServiceStandIn.start();
    private static final URI TOKEN_URI = URI.create(TestIdentityProvider.get().tokenUri());

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
    void fetchesTheBookingsPdfWithAServiceToken() {
        UUID bookingId = UUID.randomUUID();

        Attachment pdf = documents().ticketsPdfOf(bookingId).asAttachment();

        assertThat(pdf.fileName()).isEqualTo("tickets-" + bookingId + ".pdf");
        assertThat(pdf.content()).isEqualTo(TicketServiceStandIn.pdfOf(bookingId));
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(1);
    }

    @Test
    void retriesWhileTicketServiceAnswersServiceUnavailable() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failFirst(bookingId, 2, 503);

        assertThat(documents().ticketsPdfOf(bookingId).bookingId()).isEqualTo(bookingId);
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheRetriesAndSaysWhyWithoutTheToken() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failAlways(bookingId, 503);

        assertThatThrownBy(() -> documents().ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.OUTAGE))
                .hasMessageContaining("503")
                .message().doesNotContain(SECRET).doesNotContain("Bearer");
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(3);
    }

    @Test
    void doesNotRetryAnAnswerThatWouldNotChange() {
        UUID bookingId = UUID.randomUUID();
        ticketService.failAlways(bookingId, 404);

        assertThatThrownBy(() -> documents().ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.NO_VALID_TICKETS))
                .hasMessageContaining("404");
        assertThat(ticketService.callsFor(bookingId)).isEqualTo(1);
    }

    @Test
    void stopsCallingOnceTheCircuitBreakerOpens() {
        UUID failing = UUID.randomUUID();
        ticketService.failAlways(failing, 503);
        HttpTicketDocuments documents = documents();
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

        assertThatThrownBy(() -> documents().ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void refusesAnAnswerThatIsNoPdf() {
        UUID bookingId = UUID.randomUUID();
        ticketService.answerWithHtml(bookingId);

        assertThatThrownBy(() -> documents().ticketsPdfOf(bookingId))
                .isInstanceOf(TicketDocumentsUnavailable.class)
                .hasMessageContaining("no usable PDF");
    }

    @Test
    void identityUnreachableIsAnOutageAndTicketServiceIsNotCalled() throws IOException {
        UUID bookingId = UUID.randomUUID();
        URI nobodyListens;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/oauth2/token");
        }

        assertThatThrownBy(() -> documents(nobodyListens, SECRET, InternalScopes.TICKET_DOCUMENTS).ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.OUTAGE))
                .hasMessageContaining("not called").hasMessageContaining("unreachable");
        assertThat(ticketService.callsFor(bookingId)).isZero();
    }

    @Test
    void identityRefusingThisServicesSecretIsAFailureNotAnOutage() {
        UUID bookingId = UUID.randomUUID();
        String wrongSecret = "not-the-service-client-secret";

        assertThatThrownBy(() -> documents(TOKEN_URI, wrongSecret, InternalScopes.TICKET_DOCUMENTS).ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.FAILURE))
                .hasMessageContaining("401")
                .message().doesNotContain(wrongSecret);
        assertThat(ticketService.callsFor(bookingId)).isZero();
    }

    @Test
    void aTokenTicketServiceRefusesIsNotRetried() {
        UUID bookingId = UUID.randomUUID();
        int refusedBefore = ticketService.refusedTokens();

        // another service's scope: identity grants it to the test client, ticket-service refuses it
        assertThatThrownBy(() -> documents(TOKEN_URI, SECRET, InternalScopes.BOOKING_INVENTORY).ticketsPdfOf(bookingId))
                .isInstanceOfSatisfying(TicketDocumentsUnavailable.class,
                        unavailable -> assertThat(unavailable.kind()).isEqualTo(TicketDocumentsUnavailable.Kind.FAILURE))
                .hasMessageContaining("403");
        assertThat(ticketService.refusedTokens()).isEqualTo(refusedBefore + 1);
    }

    private HttpTicketDocuments documents() {
        return documents(TOKEN_URI, SECRET, InternalScopes.TICKET_DOCUMENTS);
    }

    private HttpTicketDocuments documents(URI tokenUri, String secret, String scope) {
        ServiceTokens tokens = new ServiceTokens(new ServiceClientProperties(tokenUri,
                TestIdentityProvider.SERVICE_CLIENT_ID, secret, Duration.ofSeconds(1), Duration.ofMillis(500),
                Duration.ofSeconds(30)), Clock.systemUTC());
        RestClient client = HttpTicketDocuments.ticketServiceClient(RestClient.builder(),
                URI.create(ticketService.baseUrl()), Duration.ofSeconds(1), Duration.ofMillis(500),
                tokens.interceptorFor(scope));
        Retry retry = Retry.of("ticket-service", RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(10))
                .retryOnException(new TransientTicketServiceFailure())
                .build());
        return new HttpTicketDocuments(client, retry, circuitBreaker);
    }
}
