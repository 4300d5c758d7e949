package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking request is answered within its time budget, however many attempts the retry would still allow:
 * the gateway gives up after 10 s, and a booking that commits after the client saw a timeout is one it never
 * learns about.
 */
@TestPropertySource(properties = {
        "ticketing.booking.lock-timeout=300ms",
        "spring.datasource.hikari.connection-timeout=300",
        "ticketing.booking.retry.max-attempts=20",
        "ticketing.booking.retry.initial-backoff=10ms",
        "ticketing.booking.retry.max-backoff=20ms",
        "ticketing.booking.retry.budget=1s"})
class BookingTimeBudgetTest extends BookingServiceIntegrationTest {

    private static final String RETRIES = "ticketing.booking.transaction.retries";
    /** Twenty attempts of 300 ms each would take six seconds; the budget is one (generous for a loaded machine). */
    private static final Duration WELL_WITHIN_TWENTY_ATTEMPTS = Duration.ofSeconds(4);

    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;

    TestUser buyer = TestUser.attendee();

    @Test
    void bookingStopsRetryingWhenItsTimeBudgetIsSpent() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        double retriesBefore = meters.get(RETRIES).counter().count();

        long started = System.nanoTime();
        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        }
        Duration answeredAfter = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answeredAfter).isLessThan(WELL_WITHIN_TWENTY_ATTEMPTS);
        assertThat(meters.get(RETRIES).counter().count() - retriesBefore).isBetween(1.0, 10.0);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(10);
    }
}
