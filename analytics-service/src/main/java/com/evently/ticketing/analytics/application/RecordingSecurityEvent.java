package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.domain.AuditEntry;

import java.time.Clock;

/**
 * Keeps one of identity-service's security events in the audit log, once per announcing event however often it is
 * delivered. It runs in the consumer's inbox transaction, so an entry and the record of its delivery commit together.
 */
public class RecordingSecurityEvent {

    private final AuditLog auditLog;
    private final Clock clock;

    public RecordingSecurityEvent(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void record(RecordSecurityEventCommand command) {
        auditLog.append(new AuditEntry(command.eventId(), command.event(), clock.instant()));
    }
}
