package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A booking was cancelled and its seats went back to its line. {@code cancelledBy} is null when the system did it. */
public record BookingCancelledEvent(Booking booking, CancellationCause cause, String reason, UUID cancelledBy,
                                    EventSnapshot event, Instant occurredAt) {

    public BookingCancelledEvent {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public EventSnapshot.Session session() {
        return event.session(booking.line().sessionId()).orElseThrow();
    }

    public EventSnapshot.TicketType ticketType() {
        return event.ticketType(booking.line().ticketTypeId()).orElseThrow();
    }
}
