package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.platform.domain.Caller;

/** Pages through the audit log, newest entries first. For admins only. */
public class BrowsingAuditLog {

    private final AuditLog auditLog;

    public BrowsingAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** @throws AuditLogNotPermitted when the viewer is not an admin */
    public AuditLogPage browse(AuditLogQuery query, Caller viewer) {
        if (!viewer.isAdmin()) {
            throw new AuditLogNotPermitted();
        }
        return auditLog.find(query.filter(), query.page(), query.size());
    }
}
