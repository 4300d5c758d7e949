package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A mistaken admission was undone by the event's organizer or an administrator ({@code undoneBy}): the ticket
 * admits again, and counts as not checked in until a later {@link TicketCheckedIn}. Keyed by the booking id.
 */
public record TicketCheckInUndone(
        UUID ticketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        UUID undoneBy,
        Instant occurredAt) {
}
