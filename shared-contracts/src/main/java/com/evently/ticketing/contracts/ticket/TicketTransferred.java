package com.evently.ticketing.contracts.ticket;

import com.evently.ticketing.contracts.EventTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket changed hands: {@code previousTicketId} is revoked (its QR code no longer admits) and {@code ticketId}
 * replaces it for the same seat, made out to the new holder. Keyed by the booking id like every ticket event
 * about that booking. {@code transferredBy} is the previous holder's account.
 * <p>
 * When the new holder's address named no account, the ticket is held for a claim: {@code sealedClaimToken} carries
 * the single-use claim token sealed (a compact JWE under the message sealing key, bound to {@link
 * #sealingContext(UUID)}), so that only the notification service, which mails the claim link, can read it; ticket
 * keeps only its hash, and the claim expires at {@code claimExpiresAt}. Both are absent (and were, before claims
 * existed) when the ticket went straight to the account signing in with that address.
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
        Instant occurredAt,
        String sealedClaimToken,
        Instant claimExpiresAt) {

    /** A transfer to an account: no claim. */
    public TicketTransferred(UUID ticketId, UUID previousTicketId, UUID bookingId, UUID eventId, UUID sessionId,
                             UUID ticketTypeId, UUID seatId, String holderEmail, String holderName,
                             String previousHolderEmail, String previousHolderName, String eventTitle,
                             Instant sessionStartsAt, String timeZone, UUID transferredBy, Instant occurredAt) {
        this(ticketId, previousTicketId, bookingId, eventId, sessionId, ticketTypeId, seatId, holderEmail, holderName,
                previousHolderEmail, previousHolderName, eventTitle, sessionStartsAt, timeZone, transferredBy,
                occurredAt, null, null);
    }

    /** What the claim token of {@code ticketId} is sealed for: a sealed token opens only as that ticket's. */
    public static String sealingContext(UUID ticketId) {
        return EventTypes.TICKET_TRANSFERRED + "/sealedClaimToken/" + ticketId;
    }
}
