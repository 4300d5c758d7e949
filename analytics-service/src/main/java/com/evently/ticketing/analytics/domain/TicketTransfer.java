package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code previousTicketId} is revoked and {@code ticketId} replaces it for the same seat, made out from
 * {@code fromEmail} to {@code toEmail} by the account {@code transferredBy}.
 */
public record TicketTransfer(UUID ticketId, UUID previousTicketId, UUID bookingId, UUID eventId,
                             UUID transferredBy, String fromEmail, String toEmail, Instant transferredAt) {

    static final AuditAction AUDIT_ACTION = new AuditAction("TICKET_TRANSFERRED");

    public TicketTransfer {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previousTicketId, "previousTicketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(transferredAt, "transferredAt");
    }

    /**
     * The transfer as a line of the audit log, under the new ticket's id (one transfer makes one new ticket, so a
     * redelivery or a projection rebuild adds nothing). It concerns the previous holder's address.
     */
    public AuditEntry asAuditEntry(Instant recordedAt) {
        return new AuditEntry(ticketId, new SecurityEvent(AUDIT_ACTION, AuditOutcome.SUCCESS, transferredBy, null,
                fromEmail, null, "Ticket " + previousTicketId + " of booking " + bookingId + " transferred to "
                + toEmail + " as ticket " + ticketId, transferredAt), recordedAt);
    }
}
