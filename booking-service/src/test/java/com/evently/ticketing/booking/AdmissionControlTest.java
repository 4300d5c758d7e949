package com.evently.ticketing.booking;

import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At most {@code max-in-flight-per-line} sales of one line run at once here (one in this test); the next waits
 * {@code max-wait} in memory and is then answered 503 busy with Retry-After, having stored nothing. Other lines
 * have bounds of their own.
 */
@TestPropertySource(properties = {
        "ticketing.booking.admission.max-in-flight-per-line=1",
        "ticketing.booking.admission.max-wait=100ms"})
class AdmissionControlTest extends BookingServiceIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSaleOverTheLinesBoundIsToldToComeBackAndStoresNothing() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(1, 2, 10);
        api.putOnSale(event);
        TestUser first = TestUser.attendee();
        TestUser second = TestUser.attendee();
        String secondKey = UUID.randomUUID().toString();
        CompletableFuture<EntityExchangeResult<String>> inFlight;

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            inFlight = CompletableFuture.supplyAsync(() ->
                    api.place(first, UUID.randomUUID().toString(), bookingOf(event, 1)).returnResult(String.class));
            awaitLockWaitOf("FROM inventory_line_bucket");

            Instant asked = Instant.now();
            api.place(second, secondKey, bookingOf(event, 1))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BUSY));
            assertThat(Duration.between(asked, Instant.now())).as("refused after a brief wait, not a lock timeout")
                    .isLessThan(Duration.ofMillis(1500));
            assertThat(bookingsOf(second)).isZero();
            assertThat(idempotencyKeysOf(second)).isZero();

            // The event's other line is not held back by this one's bound.
            api.place(TestUser.attendee(), UUID.randomUUID().toString(), Map.of(
                            "eventId", event.eventId(),
                            "sessionId", CatalogEvents.firstSession(event),
                            "ticketTypeId", CatalogEvents.ticketTypeIds(event).get(1),
                            "quantity", 1))
                    .expectStatus().isCreated();
        }

        assertThat(inFlight.get(30, TimeUnit.SECONDS).getStatus().value()).isEqualTo(201);
        api.place(second, secondKey, bookingOf(event, 1)).expectStatus().isCreated();
        assertThat(api.currentAvailability(event.eventId()).availableOf(
                CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event))).isEqualTo(8);
    }

    private void awaitLockWaitOf(String sql) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE :pattern
                        """)
                .param("pattern", "%" + sql + "%").query(Integer.class).single() > 0);
    }
}
