package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/** BookingConfirmed messages as booking-service publishes them, for a fresh booking each time. */
final class ConfirmedBookings {

    private final JsonMapper json;

    ConfirmedBookings(JsonMapper json) {
        this.json = json;
    }

    static BookingConfirmed of(TestUser buyer, int seats) {
        return startingAt(buyer, seats, Instant.parse("2027-03-01T09:00:00Z"));
    }

    /** A booking for a session of eight hours from {@code startsAt}, of an event of its own. */
    static BookingConfirmed startingAt(TestUser buyer, int seats, Instant startsAt) {
        UUID bookingId = UUID.randomUUID();
        String title = "Java Day 2027 " + bookingId.toString().substring(0, 8);
        return new BookingConfirmed(bookingId, buyer.id(), buyer.email(), buyer.name(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), seats, Stream.generate(UUID::randomUUID).limit(seats).toList(),
                new BookingConfirmed.EventSnapshot(title, "Hall A, Lisbon", "Europe/Lisbon", "Day 1",
                        startsAt, startsAt.plus(Duration.ofHours(8)), "Standard",
                        new Money("25.00", "EUR")),
                Instant.now());
    }

    /** Publishes as a new event and returns its {@code ce_id}. */
    String publish(BookingConfirmed message) {
        return TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, message.bookingId().toString(),
                json.writeValueAsString(message));
    }

    /** Publishes again under a known {@code ce_id}: a redelivery. */
    void publish(BookingConfirmed message, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, message.bookingId().toString(),
                json.writeValueAsString(message), eventId);
    }
}
