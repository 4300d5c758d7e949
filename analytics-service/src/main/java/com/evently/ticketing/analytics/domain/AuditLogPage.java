package com.evently.ticketing.analytics.domain;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param number       the page, counted from 0
 * @param size         the most entries a page holds
 * @param totalEntries entries matching the filter, on every page
 */
public record AuditLogPage(List<AuditEntry> entries, int number, int size, long totalEntries) {

    public AuditLogPage {
        entries = List.copyOf(entries);
    }
}
