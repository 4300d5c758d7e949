package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.Price;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Catalog events and booking requests as the use case tests need them: fresh ids every time. */
final class TestEvents {

    /** A published event with {@code sessions} × {@code ticketTypes} lines of {@code capacity} seats each. */
    static EventSnapshot eventOnSale(int sessions, int ticketTypes, int capacity) {
        Instant start = Instant.parse("2026-06-01T09:00:00Z");
        return new EventSnapshot(UUID.randomUUID(), UUID.randomUUID(), "Java Day", "Hall A, Lisbon", "Europe/Lisbon",
                IntStream.range(0, sessions)
                        .mapToObj(day -> new EventSnapshot.Session(UUID.randomUUID(), "Day " + (day + 1),
                                start.plus(day, ChronoUnit.DAYS), start.plus(day, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)))
                        .toList(),
                IntStream.range(0, ticketTypes)
                        .mapToObj(type -> new EventSnapshot.TicketType(UUID.randomUUID(), "Type " + type,
                                new Price(new BigDecimal("25.00"), "EUR"), capacity))
                        .toList(),
                start.minus(30, ChronoUnit.DAYS));
    }

    static EventSnapshot eventOnSale(int capacity) {
        return eventOnSale(1, 1, capacity);
    }

    /** One session, one free ticket type: its bookings take an RSVP. */
    static EventSnapshot freeEventOnSale(int capacity) {
        EventSnapshot paid = eventOnSale(capacity);
        EventSnapshot.TicketType type = paid.ticketTypes().getFirst();
        return new EventSnapshot(paid.eventId(), paid.organizerId(), paid.title(), paid.venue(), paid.timeZone(),
                paid.sessions(), List.of(new EventSnapshot.TicketType(type.id(), "Free", new Price(BigDecimal.ZERO, "EUR"),
                capacity)), paid.publishedAt());
    }

    static InventoryLineKey lineOf(EventSnapshot event, int session, int ticketType) {
        return new InventoryLineKey(event.eventId(), event.sessions().get(session).id(),
                event.ticketTypes().get(ticketType).id());
    }

    static InventoryLineKey firstLineOf(EventSnapshot event) {
        return event.inventoryLines().getFirst().key();
    }

    static Buyer aBuyer() {
        UUID id = UUID.randomUUID();
        return new Buyer(id, "buyer-" + id + "@example.org", "A Buyer");
    }

    static IdempotencyKey aKey() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    static PlaceBookingCommand booking(Buyer buyer, IdempotencyKey key, EventSnapshot event, int quantity) {
        return new PlaceBookingCommand(buyer, key, firstLineOf(event), quantity);
    }

    static EventCancellation cancellationOf(EventSnapshot event, String reason) {
        return new EventCancellation(event.eventId(), reason, Instant.parse("2026-03-01T08:00:00Z"));
    }

    private TestEvents() {
    }
}
