package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.AuditLogQuery;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.analytics.domain.AuditAction;
import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.analytics.domain.AuditOutcome;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The query string of {@code GET /api/v1/admin/audit-log}, taken as text and parsed here, so a bad value answers
 * 400 naming the parameter and the expected form (an {@link IllegalArgumentException}, mapped by the platform).
 */
record AuditLogParameters(String action, String outcome, String userId, String email, String from, String to,
                          String page, String size) {

    AuditLogQuery toQuery() {
        AuditFilter filter = new AuditFilter(
                present(action) ? new AuditAction(action.strip()) : null,
                present(outcome) ? outcomeOf(outcome.strip()) : null,
                present(userId) ? uuidOf("userId", userId.strip()) : null,
                email,
                present(from) ? instantOf("from", from.strip()) : null,
                present(to) ? instantOf("to", to.strip()) : null);
        return new AuditLogQuery(filter,
                present(page) ? numberOf("page", page.strip()) : 0,
                present(size) ? numberOf("size", size.strip()) : AuditLogQuery.DEFAULT_SIZE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static AuditOutcome outcomeOf(String value) {
        try {
            return AuditOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'outcome' is SUCCESS or FAILURE");
        }
    }

    private static UUID uuidOf(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'" + name + "' is not a UUID");
        }
    }

    /** An instant with its offset, as everywhere in this API: {@code 2026-03-01T00:00:00Z} or {@code …+01:00}. */
    private static Instant instantOf(String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("'" + name + "' is not an ISO-8601 instant like 2026-03-01T00:00:00Z");
        }
    }

    private static int numberOf(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("'" + name + "' is not a whole number");
        }
    }
}
