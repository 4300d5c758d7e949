package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.ZoneOffset;

/**
 * The scope and period of a dashboard or report as SQL: the condition is written only for an organizer, so the
 * platform's queries carry no {@code :x IS NULL OR …} that would keep the planner from the time indexes.
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /** {@code AND <column> IN (the organizer's events)} for an organizer, {@code = :event} for one, nothing for the platform. */
    static String eventsOf(Scope scope, String eventIdColumn) {
        return switch (scope) {
            case Scope.Platform platform -> "";
            case Scope.OrganizerEvents organizer ->
                    " AND " + eventIdColumn + " IN (SELECT event_id FROM event_stats WHERE organizer_id = :organizerId)";
            case Scope.OneEvent event -> " AND " + eventIdColumn + " = :scopeEventId";
        };
    }

    /** Binds {@code :start}, {@code :end} (instants), {@code :from}, {@code :to} (dates), {@code :zone} and the scope. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope, ReportingPeriod period) {
        return bind(statement, scope)
                .param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .param("from", period.from())
                .param("to", period.to())
                .param("zone", zoneOf(period));
    }

    /** Binds the scope's {@code :organizerId}, if it has one. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope) {
        return switch (scope) {
            case Scope.Platform platform -> statement;
            case Scope.OrganizerEvents organizer -> statement.param("organizerId", organizer.organizerId());
            case Scope.OneEvent event -> statement.param("scopeEventId", event.eventId());
        };
    }

    /** PostgreSQL reads a region from the same tz database; UTC is the only offset a period accepts. */
    private static String zoneOf(ReportingPeriod period) {
        return period.zone() instanceof ZoneOffset ? "UTC" : period.zone().getId();
    }
}
