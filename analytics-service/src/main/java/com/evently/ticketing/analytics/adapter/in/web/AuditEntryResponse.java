package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.SecurityEvent;

import java.time.Instant;
import java.util.UUID;

/** One audit log entry as the API shows it, in JSON and (same names, same order) as a CSV row. */
record AuditEntryResponse(UUID id, String action, String outcome, UUID actorId, UUID subjectUserId, String email,
                          String clientAddress, String detail, Instant occurredAt, Instant recordedAt) {

    static AuditEntryResponse of(AuditEntry entry) {
        SecurityEvent event = entry.event();
        return new AuditEntryResponse(entry.id(), event.action().name(), event.outcome().name(), event.actorId(),
                event.subjectUserId(), event.email(), event.clientAddress(), event.detail(), event.occurredAt(),
                entry.recordedAt());
    }
}
