package com.evently.ticketing.analytics.adapter.in.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Audit entries as CSV (RFC 4180: CRLF line ends, quotes where needed) with a header row naming the columns like
 * the JSON fields. Admins open it in spreadsheets, and e-mails and details come from anyone who can reach the
 * login form, so a value a spreadsheet would run as a formula is written as text (prefixed with {@code '}).
 */
final class AuditLogCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "action", "outcome", "actorId", "subjectUserId", "email", "clientAddress", "detail",
                    "occurredAt", "recordedAt")
            .get();

    static String of(List<AuditEntryResponse> entries) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            for (AuditEntryResponse entry : entries) {
                printer.printRecord(entry.id(), entry.action(), entry.outcome(), entry.actorId(), entry.subjectUserId(),
                        asText(entry.email()), asText(entry.clientAddress()), asText(entry.detail()),
                        entry.occurredAt(), entry.recordedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return csv.toString();
    }

    private static String asText(String value) {
        return SpreadsheetSafe.text(value);
    }

    private AuditLogCsv() {
    }
}
