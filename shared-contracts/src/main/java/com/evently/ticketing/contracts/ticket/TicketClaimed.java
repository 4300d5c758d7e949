package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket held for a claim (transferred to an address without an account) was claimed with the link mailed to that
 * address: from now on it is {@code claimedBy}'s, and made out to that account's address and name. The ticket keeps
 * its id and seat. Keyed by the booking id like every ticket event about that booking.
 *
 * @param transferredToEmail the address the claim link was sent to (the holder the transfer named)
 */
public record TicketClaimed(
        UUID ticketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        UUID claimedBy,
        String holderEmail,
        String holderName,
        String transferredToEmail,
        Instant occurredAt) {
}
