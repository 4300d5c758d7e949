package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit log. Entries are only ever added, never changed.
 *
 * @param id         the id of the integration event that announced it: one entry per event, however often it
 *                   is delivered
 * @param recordedAt when the audit log received it
 */
public record AuditEntry(UUID id, SecurityEvent event, Instant recordedAt) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
