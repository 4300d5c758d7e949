package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.analytics.domain.AuditLogPage;

/** The kept security events. */
public interface AuditLog {

    /** Adds the entry unless one with its id is there already; {@code false} then. */
    boolean append(AuditEntry entry);

    /** Page {@code page} (from 0) of {@code size} entries matching the filter, newest first. */
    AuditLogPage find(AuditFilter filter, int page, int size);
}
