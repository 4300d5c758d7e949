package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Plays event-service and booking-service: builds their integration events and publishes them to the test
 * broker, keyed by aggregate id like their outboxes do. Every payload is checked against its contract first,
 * so the tests never feed the service something the real producers could not send.
 */
final class IntegrationEventFeed {

    private static final Instant DAY_ONE = Instant.parse("2027-03-01T09:00:00Z");

    private final JsonMapper json;

    IntegrationEventFeed(JsonMapper json) {
        this.json = json;
    }

    /** An event with {@code sessionCount} sessions, each offering one ticket type per entry of {@code seats}. */
    EventPublished eventPublished(UUID eventId, UUID organizerId, int sessionCount, int... seats) {
        List<EventPublished.Session> sessions = IntStream.range(0, sessionCount)
                .mapToObj(day -> new EventPublished.Session(UUID.randomUUID(), "Day " + (day + 1),
                        DAY_ONE.plus(day, ChronoUnit.DAYS), DAY_ONE.plus(day, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)))
                .toList();
        List<EventPublished.TicketType> ticketTypes = Arrays.stream(seats)
                .mapToObj(capacity -> new EventPublished.TicketType(UUID.randomUUID(), capacity + "-seat tier",
                        new Money("25.00", "EUR"), capacity, null))
                .toList();
        return new EventPublished(eventId, organizerId, "Java Day " + eventId.toString().substring(0, 8),
                "Hall A, Lisbon", "Europe/Lisbon", sessions, ticketTypes, Instant.now());
    }

    BookingConfirmed bookingConfirmed(UUID eventId, int quantity) {
        List<UUID> seatIds = IntStream.range(0, quantity).mapToObj(seat -> UUID.randomUUID()).toList();
        return new BookingConfirmed(UUID.randomUUID(), UUID.randomUUID(), "ana@example.com", "Ana Diaz",
                eventId, UUID.randomUUID(), UUID.randomUUID(), quantity, seatIds, null, Instant.now());
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(EventPublished event) {
        return TestEventBus.publish(EventTypes.EVENT_PUBLISHED, event.eventId().toString(),
                payload(EventTypes.EVENT_PUBLISHED, event));
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(BookingConfirmed booking) {
        return TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, booking.bookingId().toString(),
                payload(EventTypes.BOOKING_CONFIRMED, booking));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(BookingConfirmed booking, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, booking.bookingId().toString(),
                payload(EventTypes.BOOKING_CONFIRMED, booking), eventId);
    }

    private String payload(String eventType, Object event) {
        String payload = json.writeValueAsString(event);
        ContractAssertions.assertMatchesSchema(eventType, payload);
        return payload;
    }
}
