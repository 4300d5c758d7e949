package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.analytics.domain.AuditLogPage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AuditLog} in a map keyed by entry id. It records what it was asked for instead of filtering: the filtering
 * is SQL, tested against the real database; here only what the use case hands over matters.
 */
final class InMemoryAuditLog implements AuditLog {

    /** One call of {@link #find}. */
    record Search(AuditFilter filter, int page, int size) {
    }

    private final Map<UUID, AuditEntry> entries = new LinkedHashMap<>();
    private final List<Search> searches = new ArrayList<>();

    @Override
    public boolean append(AuditEntry entry) {
        return entries.putIfAbsent(entry.id(), entry) == null;
    }

    @Override
    public AuditLogPage find(AuditFilter filter, int page, int size) {
        searches.add(new Search(filter, page, size));
        List<AuditEntry> newestFirst = entries.values().stream()
                .sorted((a, b) -> b.event().occurredAt().compareTo(a.event().occurredAt()))
                .skip((long) page * size).limit(size).toList();
        return new AuditLogPage(newestFirst, page, size, entries.size());
    }

    List<AuditEntry> entries() {
        return List.copyOf(entries.values());
    }

    List<Search> searches() {
        return List.copyOf(searches);
    }
}
