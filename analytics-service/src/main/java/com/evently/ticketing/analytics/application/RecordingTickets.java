package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketClaim;
import com.evently.ticketing.analytics.domain.TicketReturn;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.VoidedTickets;

import java.time.Clock;

/**
 * Keeps the tickets issued, transferred, returned and voided, and every transfer, claim and return in the audit log (a ticket changing
 * hands is what an administrator looks for after a dispute). Runs in the consumer's inbox transaction.
 */
public class RecordingTickets {

    private final TicketFacts tickets;
    private final AuditLog auditLog;
    private final Clock clock;

    public RecordingTickets(TicketFacts tickets, AuditLog auditLog, Clock clock) {
        this.tickets = tickets;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void issued(IssuedTickets issued) {
        tickets.recordIssued(issued);
    }

    public void transferred(TicketTransfer transfer) {
        tickets.recordTransfer(transfer);
        auditLog.append(transfer.asAuditEntry(clock.instant()));
    }

    /** A claimed ticket keeps its id and stays valid: only the audit log learns of it. */
    public void claimed(TicketClaim claim) {
        auditLog.append(claim.asAuditEntry(clock.instant()));
    }

    /** An unclaimed transfer back with its giver: counted as a replacement, and audited. */
    public void returned(TicketReturn returned) {
        tickets.recordTransfer(returned.asReplacement());
        auditLog.append(returned.asAuditEntry(clock.instant()));
    }

    public void voided(VoidedTickets voided) {
        tickets.recordVoided(voided);
    }
}
