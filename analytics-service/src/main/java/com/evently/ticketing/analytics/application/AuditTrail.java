package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.in.AdminOnlyException;
import com.evently.ticketing.analytics.application.port.in.AuditLogQuery;
import com.evently.ticketing.analytics.application.port.in.BrowseAuditLog;
import com.evently.ticketing.analytics.application.port.in.RecordSecurityEvent;
import com.evently.ticketing.analytics.application.port.in.RecordSecurityEventCommand;
import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.platform.domain.Caller;

import java.time.Clock;

/**
 * Keeps identity-service's security events as the audit log and lets admins page through it. Recording runs in
 * the consumer's inbox transaction, so an entry and the record of its delivery commit together.
 */
public class AuditTrail implements RecordSecurityEvent, BrowseAuditLog {

    private final AuditLog auditLog;
    private final Clock clock;

    public AuditTrail(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void recordSecurityEvent(RecordSecurityEventCommand command) {
        auditLog.append(new AuditEntry(command.eventId(), command.event(), clock.instant()));
    }

    @Override
    public AuditLogPage browseAuditLog(AuditLogQuery query, Caller viewer) {
        if (!viewer.isAdmin()) {
            throw new AdminOnlyException("The audit log");
        }
        return auditLog.find(query.filter(), query.page(), query.size());
    }
}
