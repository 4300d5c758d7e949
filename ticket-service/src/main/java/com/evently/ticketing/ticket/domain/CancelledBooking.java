package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A booking that was cancelled, as booking-service announced it: none of its seats may be used any more. */
public record CancelledBooking(UUID bookingId, String reason) {

    public CancelledBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(reason, "reason");
    }

    /** Every ticket of the booking that still admits someone, made void. */
    public VoidedTickets voidTickets(List<Ticket> ofBooking, Instant now) {
        List<Ticket> voided = ofBooking.stream()
                .filter(Ticket::isValid)
                .map(ticket -> ticket.voided(now, reason))
                .toList();
        return new VoidedTickets(bookingId, voided, VoidedTickets.Cause.BOOKING_CANCELLED, now);
    }
}
