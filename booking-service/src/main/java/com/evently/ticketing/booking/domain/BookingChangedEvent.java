package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A confirmed booking was edited: {@code released} seats went back to the previous line, {@code added} ones were
 * taken from the current line. {@code event} describes the event of both; {@code changedBy} is the user who edited it.
 */
public record BookingChangedEvent(Booking previous, Booking current, List<SeatId> released, List<SeatId> added,
                                  EventSnapshot event, UUID changedBy, Instant occurredAt) {

    public BookingChangedEvent {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        released = List.copyOf(released);
        added = List.copyOf(added);
    }

    public EventSnapshot.Session session() {
        return event.session(current.line().sessionId()).orElseThrow();
    }

    public EventSnapshot.TicketType ticketType() {
        return event.ticketType(current.line().ticketTypeId()).orElseThrow();
    }
}
