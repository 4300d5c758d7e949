package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.AuditLog;
import com.evently.ticketing.analytics.domain.AuditAction;
import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.analytics.domain.AuditOutcome;
import com.evently.ticketing.analytics.domain.SecurityEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Table {@code audit_log}: append-only, keyed by the id of the event that announced each entry. */
@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean append(AuditEntry entry) {
        // the inbox already drops a redelivered event id; the primary key makes "one entry per event" hold
        // even for a consumer that bypassed it
        SecurityEvent event = entry.event();
        return jdbc.sql("""
                        INSERT INTO audit_log (id, action, outcome, actor_id, subject_user_id, email, client_address,
                                               detail, occurred_at, recorded_at)
                        VALUES (:id, :action, :outcome, :actorId, :subjectUserId, :email, :clientAddress,
                                :detail, :occurredAt, :recordedAt)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("id", entry.id())
                .param("action", event.action().name())
                .param("outcome", event.outcome().name())
                .param("actorId", event.actorId(), Types.OTHER)
                .param("subjectUserId", event.subjectUserId(), Types.OTHER)
                .param("email", event.email(), Types.VARCHAR)
                .param("clientAddress", event.clientAddress(), Types.VARCHAR)
                .param("detail", event.detail(), Types.VARCHAR)
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("recordedAt", Timestamp.from(entry.recordedAt()))
                .update() == 1;
    }

    @Override
    public AuditLogPage find(AuditFilter filter, int page, int size) {
        Criteria criteria = Criteria.of(filter);
        // the log only grows: a count taken a moment before the page can only be short by entries newer than it
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + criteria.where())
                .params(criteria.params())
                .query(Long.class)
                .single();
        long offset = (long) page * size;
        if (offset >= total) {
            return new AuditLogPage(List.of(), page, size, total);
        }
        // newest first; the id breaks ties between entries of the same instant, so pages never overlap or skip
        List<AuditEntry> entries = jdbc.sql("""
                        SELECT id, action, outcome, actor_id, subject_user_id, email, client_address, detail,
                               occurred_at, recorded_at
                          FROM audit_log%s
                         ORDER BY occurred_at DESC, id DESC
                         LIMIT :limit OFFSET :offset
                        """.formatted(criteria.where()))
                .params(criteria.params())
                .param("limit", size)
                .param("offset", offset)
                .query(JdbcAuditLog::entry)
                .list();
        return new AuditLogPage(entries, page, size, total);
    }

    /**
     * The WHERE clause of a filter: only the criteria that are set, so the planner picks the index of the one that
     * narrows most instead of a generic plan around {@code :x IS NULL OR …}.
     */
    private record Criteria(String where, Map<String, Object> params) {

        static Criteria of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (filter.action() != null) {
                conditions.add("action = :action");
                params.put("action", filter.action().name());
            }
            if (filter.outcome() != null) {
                conditions.add("outcome = :outcome");
                params.put("outcome", filter.outcome().name());
            }
            if (filter.userId() != null) {
                // served by the actor and subject indexes together (a bitmap OR)
                conditions.add("(actor_id = :userId OR subject_user_id = :userId)");
                params.put("userId", filter.userId());
            }
            if (filter.email() != null) {
                // served by the index on lower(email)
                conditions.add("lower(email) = lower(:email)");
                params.put("email", filter.email());
            }
            if (filter.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add("occurred_at < :to");
                params.put("to", Timestamp.from(filter.to()));
            }
            String where = conditions.isEmpty() ? "" : "\n WHERE " + String.join("\n   AND ", conditions);
            return new Criteria(where, params);
        }
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(
                row.getObject("id", UUID.class),
                new SecurityEvent(
                        new AuditAction(row.getString("action")),
                        AuditOutcome.valueOf(row.getString("outcome")),
                        row.getObject("actor_id", UUID.class),
                        row.getObject("subject_user_id", UUID.class),
                        row.getString("email"),
                        row.getString("client_address"),
                        row.getString("detail"),
                        row.getTimestamp("occurred_at").toInstant()),
                row.getTimestamp("recorded_at").toInstant());
    }
}
