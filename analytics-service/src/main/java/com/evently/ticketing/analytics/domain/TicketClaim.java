package com.evently.ticketing.analytics.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket held for a claim (transferred to an address without an account) was claimed with the link mailed to
 * {@code linkSentTo}: it is now the account {@code claimedBy}'s, made out to {@code holderEmail}. The ticket keeps its
 * id and seat, so the ticket figures do not move: it was a valid ticket before and is the same valid ticket after.
 */
public record TicketClaim(UUID ticketId, UUID bookingId, UUID eventId, UUID claimedBy, String linkSentTo,
                          String holderEmail, Instant claimedAt) {

    static final AuditAction AUDIT_ACTION = new AuditAction("TICKET_CLAIMED");

    public TicketClaim {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(claimedBy, "claimedBy");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }

    /**
     * The claim as a line of the audit log, by the claiming account, concerning the address the link was sent to.
     * A ticket is claimed once, but its transfer's entry already uses the ticket's id: the claim's entry has an id
     * derived from the ticket's, so a redelivery or a projection rebuild adds nothing.
     */
    public AuditEntry asAuditEntry(Instant recordedAt) {
        UUID entryId = UUID.nameUUIDFromBytes((AUDIT_ACTION.name() + "/" + ticketId).getBytes(StandardCharsets.UTF_8));
        return new AuditEntry(entryId, new SecurityEvent(AUDIT_ACTION, AuditOutcome.SUCCESS, claimedBy, claimedBy,
                linkSentTo, null, "Ticket " + ticketId + " of booking " + bookingId + ", transferred to "
                + linkSentTo + ", claimed by account " + claimedBy + " as " + holderEmail, claimedAt), recordedAt);
    }
}
