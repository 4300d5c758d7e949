package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.retention.RetentionPurge;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys are kept for a week (the default), then forgotten; the bookings they led to stay. */
class IdempotencyKeyRetentionTest extends BookingServiceIntegrationTest {

    @Autowired
    RetentionPurge retention;

    TestUser buyer = TestUser.attendee();

    @Test
    void keysOlderThanTheirRetentionAreForgottenButTheirBookingsStay() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        Booking old = placed(UUID.randomUUID().toString(), event);
        Booking recent = placed(UUID.randomUUID().toString(), event);
        jdbc.sql("UPDATE idempotency_key SET created_at = now() - interval '8 days' WHERE booking_id = :id")
                .param("id", old.id()).update();

        retention.purgeAll();

        assertThat(keysOf(old)).isZero();
        assertThat(keysOf(recent)).isOne();
        api.view(buyer, old.id()).expectStatus().isOk();
    }

    private Booking placed(String key, EventPublished event) {
        return api.place(buyer, key, bookingOf(event, 1)).expectStatus().isCreated()
                .expectBody(Booking.class).returnResult().getResponseBody();
    }

    private int keysOf(Booking booking) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE booking_id = :id")
                .param("id", booking.id()).query(Integer.class).single();
    }
}
