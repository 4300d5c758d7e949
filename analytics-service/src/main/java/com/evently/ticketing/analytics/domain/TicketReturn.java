package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket held for a claim was not claimed before its link expired and went back to the holder who gave it away:
 * {@code unclaimedTicketId} is revoked and {@code ticketId} replaces it for the same seat, made out to {@code
 * holderEmail} (the account {@code returnedTo}, when the giver's ticket had one). Nobody did it: the actor is
 * ticket-service's own job.
 */
public record TicketReturn(UUID ticketId, UUID unclaimedTicketId, UUID bookingId, UUID eventId, UUID returnedTo,
                           String holderEmail, String unclaimedEmail, Instant returnedAt) {

    static final AuditAction AUDIT_ACTION = new AuditAction("TICKET_RETURNED");

    public TicketReturn {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(unclaimedTicketId, "unclaimedTicketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(returnedAt, "returnedAt");
    }

    /** For the ticket figures a return is a replacement like a transfer's: one ticket revoked, one made out. */
    public TicketTransfer asReplacement() {
        return new TicketTransfer(ticketId, unclaimedTicketId, bookingId, eventId, returnedTo, unclaimedEmail,
                holderEmail, returnedAt);
    }

    /**
     * The return as a line of the audit log, concerning the giver's account and address, under the new ticket's id
     * (one return makes one new ticket, so a redelivery or a projection rebuild adds nothing).
     */
    public AuditEntry asAuditEntry(Instant recordedAt) {
        return new AuditEntry(ticketId, new SecurityEvent(AUDIT_ACTION, AuditOutcome.SUCCESS, null, returnedTo,
                holderEmail, null, "Ticket " + unclaimedTicketId + " of booking " + bookingId + ", transferred to "
                + unclaimedEmail + " and not claimed in time, returned as ticket " + ticketId, returnedAt),
                recordedAt);
    }
}
