package com.evently.ticketing.booking;

import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line that is sold out as last committed is answered without queueing on its rows: even while another
 * transaction holds the whole line (which would keep a booking waiting for seconds and then retrying), the answer
 * is an immediate 409 sold-out, or the replay of a key that booked before.
 */
class SoldOutFastPathTest extends BookingServiceIntegrationTest {

    private static final String RETRIES = "ticketing.booking.transaction.retries";
    /** Far below the 2 s lock timeout a queued booking would wait before its first retry. */
    private static final Duration WITHOUT_QUEUEING = Duration.ofMillis(1500);

    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;

    @Test
    void aSoldOutLineIsAnsweredWhileItsRowsAreLocked() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        TestUser buyer = TestUser.attendee();
        double retriesBefore = retries();

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            Instant asked = Instant.now();
            api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                    .expectStatus().isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SOLD_OUT));
            assertThat(Duration.between(asked, Instant.now())).isLessThan(WITHOUT_QUEUEING);
        }
        assertThat(retries()).as("no attempt waited for the line").isEqualTo(retriesBefore);
        assertThat(bookingsOf(buyer)).isZero();
        assertThat(idempotencyKeysOf(buyer)).isZero();
    }

    @Test
    void fewerSeatsLeftThanAskedIsAnsweredTheSameWay() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 8));

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            Instant asked = Instant.now();
            api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 3))
                    .expectStatus().isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SOLD_OUT))
                    .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("Only 2 seat(s)"));
            assertThat(Duration.between(asked, Instant.now())).isLessThan(WITHOUT_QUEUEING);
        }
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(2);
    }

    @Test
    void aKeyThatBookedTheLastSeatsStillReplaysItsBooking() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        String key = UUID.randomUUID().toString();
        String first = api.place(buyer, key, bookingOf(event, 2)).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            Instant asked = Instant.now();
            api.place(buyer, key, bookingOf(event, 2))
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals("Idempotent-Replayed", "true")
                    .expectBody(String.class).isEqualTo(first);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(WITHOUT_QUEUEING);
        }
        assertThat(bookingsOf(buyer)).isOne();
    }

    @Test
    void aCancelledEventWhoseLineSoldOutIsAnsweredAsCancelled() {
        EventPublished event = CatalogEvents.eventOnSale(1);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));
        String ceId = CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), "Called off"));
        inbox.awaitProcessed(ceId);

        // Whether or not the cascade has given the seat back yet, the answer is the cancellation.
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_CANCELLED));
    }

    private double retries() {
        return meters.get(RETRIES).counter().count();
    }
}
