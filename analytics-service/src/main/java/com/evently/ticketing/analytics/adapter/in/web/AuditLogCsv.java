package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.platform.web.SpreadsheetCsv;

import java.util.Arrays;
import java.util.List;

/**
 * Audit entries as a spreadsheet-safe CSV whose header names the columns like the JSON fields: e-mails and details
 * come from anyone who can reach the login form.
 */
final class AuditLogCsv {

    private static final List<String> HEADER = List.of("id", "action", "outcome", "actorId", "subjectUserId", "email",
            "clientAddress", "detail", "occurredAt", "recordedAt");

    static String of(List<AuditEntryResponse> entries) {
        return SpreadsheetCsv.of(HEADER, entries.stream()
                .map(entry -> Arrays.<Object>asList(entry.id(), entry.action(), entry.outcome(), entry.actorId(),
                        entry.subjectUserId(), entry.email(), entry.clientAddress(), entry.detail(),
                        entry.occurredAt(), entry.recordedAt()))
                .toList());
    }

    private AuditLogCsv() {
    }
}
