package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.ticket.domain.TicketTransfer;

import java.time.Instant;
import java.util.UUID;

/**
 * What the giver of a ticket learns of its transfer: the ticket they gave away (now revoked), the id of the ticket that
 * replaced it, whom it went to, and whether it is that person's account's already or waits for its claim. Never the
 * new ticket's code or pass: whoever holds those gets in, and the giver gave that up.
 *
 * @param ticketId       the ticket given away, now {@code REVOKED}
 * @param newTicketId    the ticket made out to the recipient (its holder reads it; the giver gets 404)
 * @param status         {@code TRANSFERRED} (the recipient's account holds it) or {@code AWAITING_CLAIM} (the link mailed
 *                       to the recipient's address makes it someone's)
 * @param claimExpiresAt when the claim link stops working; absent for a transfer to an account
 */
record TransferResponse(
        UUID ticketId,
        UUID newTicketId,
        UUID bookingId,
        String recipientEmail,
        String recipientName,
        String status,
        Instant transferredAt,
        Instant claimExpiresAt) {

    static TransferResponse of(TicketTransfer transfer) {
        return new TransferResponse(transfer.previous().id(), transfer.next().id(), transfer.next().bookingId(),
                transfer.next().holder().email(), transfer.next().holder().name(),
                transfer.next().awaitingClaim() ? "AWAITING_CLAIM" : "TRANSFERRED", transfer.at(),
                transfer.claimExpiresAt());
    }
}
