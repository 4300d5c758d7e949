package com.evently.ticketing.booking;

import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lock timeouts (SQLSTATE 55P03) restart the booking transaction with backoff; when the line stays locked
 * past every attempt the client is told to come back later, and nothing was stored.
 */
@TestPropertySource(properties = {
        "ticketing.booking.lock-timeout=100ms",
        "ticketing.booking.retry.max-attempts=8",
        "ticketing.booking.retry.initial-backoff=20ms",
        "ticketing.booking.retry.max-backoff=200ms"})
class LockContentionTest extends BookingServiceIntegrationTest {

    private static final String RETRIES = "ticketing.booking.transaction.retries";

    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;

    TestUser buyer = TestUser.attendee();
    String key = UUID.randomUUID().toString();

    @Test
    void bookingThatTimedOutWaitingForTheLineSucceedsOnRetry() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        double retriesBefore = meters.get(RETRIES).counter().count();

        CompletableFuture<EntityExchangeResult<String>> answer;
        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            answer = CompletableFuture.supplyAsync(() -> api.place(buyer, key, bookingOf(event, 1)).returnResult(String.class));
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> meters.get(RETRIES).counter().count() > retriesBefore);
        }

        assertThat(answer.get(30, TimeUnit.SECONDS).getStatus().value()).isEqualTo(201);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(9);
    }

    @Test
    void bookingGivesUpWithServiceUnavailableWhileTheLineStaysLocked() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            api.place(buyer, key, bookingOf(event, 1))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BUSY));
        }
        assertThat(idempotencyKeysOf(buyer)).isZero();

        api.place(buyer, key, bookingOf(event, 1)).expectStatus().isCreated();
    }
}
