package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;

/** A booking was confirmed: seats left an inventory line for good. Carries the event it was for. */
public record BookingConfirmedEvent(Booking booking, EventSnapshot event, Instant occurredAt) {

    public BookingConfirmedEvent {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!event.eventId().equals(booking.line().eventId())) {
            throw new InvalidInput("booking " + booking.id() + " is not for event " + event.eventId());
        }
    }

    public EventSnapshot.Session session() {
        return event.session(booking.line().sessionId()).orElseThrow();
    }

    public EventSnapshot.TicketType ticketType() {
        return event.ticketType(booking.line().ticketTypeId()).orElseThrow();
    }
}
