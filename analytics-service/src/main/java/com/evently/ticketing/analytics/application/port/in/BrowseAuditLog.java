package com.evently.ticketing.analytics.application.port.in;

import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.platform.domain.Caller;

/** Pages through the audit log, newest entries first. For admins only. */
public interface BrowseAuditLog {

    /** @throws AdminOnlyException when the viewer is not an admin */
    AuditLogPage browseAuditLog(AuditLogQuery query, Caller viewer);
}
