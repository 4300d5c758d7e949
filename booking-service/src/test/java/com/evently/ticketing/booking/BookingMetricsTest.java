package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The business counters of edits and cancellations, read from the service's meter registry. */
class BookingMetricsTest extends BookingServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    TestUser buyer = TestUser.attendee();

    @Test
    void anEditCountsOnceAndReplaysOrNoOpsDoNot() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));
        double before = edited();
        String key = UUID.randomUUID().toString();

        api.edit(buyer, booking.id(), key, Map.of("quantity", 3)).expectStatus().isOk();
        api.edit(buyer, booking.id(), key, Map.of("quantity", 3)).expectStatus().isOk();
        api.edit(buyer, booking.id(), Map.of("quantity", 3)).expectStatus().isOk();
        api.edit(buyer, booking.id(), Map.of("quantity", 30)).expectStatus().isBadRequest();

        assertThat(edited() - before).isEqualTo(1);
    }

    @Test
    void cancellationsCountByCause() {
        EventPublished paid = CatalogEvents.eventOnSale(10);
        api.putOnSale(paid);
        EventPublished free = CatalogEvents.eventOnSale(10, "0.00", null);
        api.putOnSale(free);
        Booking byBuyer = api.placeConfirmed(buyer, bookingOf(paid, 1));
        Booking byAdmin = api.placeConfirmed(buyer, bookingOf(paid, 1));
        Booking declined = api.placeConfirmed(buyer, bookingOf(free, 1));
        double buyerBefore = cancelled("buyer");
        double adminBefore = cancelled("admin");
        double rsvpBefore = cancelled("rsvp_declined");

        api.cancel(buyer, byBuyer.id()).expectStatus().isOk();
        api.cancel(buyer, byBuyer.id()).expectStatus().isEqualTo(409);
        api.cancel(TestUser.admin(), byAdmin.id()).expectStatus().isOk();
        api.rsvp(buyer, declined.id(), "NOT_GOING").expectStatus().isOk();
        api.rsvp(buyer, declined.id(), "NOT_GOING").expectStatus().isEqualTo(409);

        assertThat(cancelled("buyer") - buyerBefore).isEqualTo(1);
        assertThat(cancelled("admin") - adminBefore).isEqualTo(1);
        assertThat(cancelled("rsvp_declined") - rsvpBefore).isEqualTo(1);
    }

    @Test
    void anEventCancellationCountsEveryBookingItCancels() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        api.placeConfirmed(buyer, bookingOf(event, 1));
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        double before = cancelled("event_cancelled");

        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), "Venue flooded")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(cancelled("event_cancelled") - before).isEqualTo(2));
    }

    private double edited() {
        return meters.get("ticketing.bookings.edited").counter().count();
    }

    private double cancelled(String cause) {
        Counter counter = meters.get("ticketing.bookings.cancelled").tag("cause", cause).counter();
        return counter.count();
    }
}
