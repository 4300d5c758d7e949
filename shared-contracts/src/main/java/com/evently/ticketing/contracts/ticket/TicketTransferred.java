package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket changed hands: {@code previousTicketId} is revoked (its QR code no longer admits) and {@code ticketId}
 * replaces it for the same seat, made out to the new holder. Keyed by the booking id like every ticket event
 * about that booking. {@code holderUserId} is absent: the new holder's account finds the ticket by its e-mail
 * address. {@code transferredBy} is the previous holder's account.
 */
public record TicketTransferred(
        UUID ticketId,
        UUID previousTicketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        String holderEmail,
        String holderName,
        String previousHolderEmail,
        String previousHolderName,
        String eventTitle,
        Instant sessionStartsAt,
        String timeZone,
        UUID transferredBy,
        Instant occurredAt) {
}
