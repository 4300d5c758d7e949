package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tickets of one booking stopped admitting because their seats left the booking: released by an edit
 * ({@code BOOKING_CHANGED}) or by the booking's cancellation ({@code BOOKING_CANCELLED}). Published once per
 * change that voided at least one ticket, keyed by the booking id. A ticket revoked by a transfer is not voided:
 * {@link TicketTransferred} says that.
 */
public record TicketsVoided(
        UUID bookingId,
        UUID eventId,
        Reason reason,
        List<VoidedTicket> tickets,
        Instant occurredAt) {

    public enum Reason {
        BOOKING_CHANGED,
        BOOKING_CANCELLED
    }

    public record VoidedTicket(UUID ticketId, UUID sessionId, UUID ticketTypeId, UUID seatId) {
    }
}
