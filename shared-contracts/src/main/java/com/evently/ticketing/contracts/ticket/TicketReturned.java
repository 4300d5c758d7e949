package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket transferred to an address without an account was not claimed before its claim expired, and went back
 * to the holder who gave it away: {@code unclaimedTicketId} (the one held for the claim) is revoked, and {@code
 * ticketId} replaces it for the same seat, made out to that holder again with a new code and pass. The claim link
 * stops working. Keyed by the booking id like every ticket event about that booking. Not a {@link
 * TicketTransferred}: nobody received a ticket.
 *
 * @param holderUserId   the account the ticket is back with; absent when the giver's ticket belonged to none (it
 *                       was transferred to their address before accounts were known here)
 * @param unclaimedEmail the address the claim link was sent to
 * @param claimExpiredAt when the claim link stopped working
 */
public record TicketReturned(
        UUID ticketId,
        UUID unclaimedTicketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        UUID holderUserId,
        String holderEmail,
        String holderName,
        String unclaimedEmail,
        String eventTitle,
        Instant sessionStartsAt,
        String timeZone,
        Instant claimExpiredAt,
        Instant occurredAt) {
}
