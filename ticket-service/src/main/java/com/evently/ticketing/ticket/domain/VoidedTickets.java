package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Domain event: {@code tickets} of booking {@code bookingId} were made void at {@code at}, because the booking was
 * changed (their seats released) or cancelled. Holds none when no valid ticket was left to void: then there is
 * nothing to announce.
 */
public record VoidedTickets(UUID bookingId, List<Ticket> tickets, Cause cause, Instant at) {

    public enum Cause { BOOKING_CHANGED, BOOKING_CANCELLED }

    public VoidedTickets {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
        tickets = List.copyOf(tickets);
        if (tickets.stream().anyMatch(ticket -> !ticket.bookingId().equals(bookingId) || ticket.isValid())) {
            throw new IllegalArgumentException("Voided tickets are void tickets of their own booking");
        }
    }

    public boolean isEmpty() {
        return tickets.isEmpty();
    }
}
