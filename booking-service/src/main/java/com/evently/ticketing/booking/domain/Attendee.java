package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One seat of an event as its organizer sees it: who holds it (the buyer, unless a ticket transfer named someone
 * else), which session and ticket type, the booking's status and when the holder was admitted, if yet.
 */
public record Attendee(
        SeatId seatId,
        BookingId bookingId,
        String holderName,
        String holderEmail,
        UUID sessionId,
        String sessionName,
        UUID ticketTypeId,
        String ticketTypeName,
        BookingStatus bookingStatus,
        Instant checkedInAt) {

    public Attendee {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(holderEmail, "holderEmail");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(bookingStatus, "bookingStatus");
    }
}
