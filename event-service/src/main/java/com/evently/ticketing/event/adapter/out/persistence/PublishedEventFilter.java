package com.evently.ticketing.event.adapter.out.persistence;

import com.evently.ticketing.event.application.EventSearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a catalog search over {@code events e}: only the conditions a query asks for, each with
 * a named parameter, so the same text serves the count and the page.
 */
record PublishedEventFilter(String sql, Map<String, Object> parameters) {

    static PublishedEventFilter of(EventSearchQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("e.status = 'PUBLISHED'");
        if (query.text() != null) {
            conditions.add("(e.title ILIKE :pattern ESCAPE '\\' OR e.venue ILIKE :pattern ESCAPE '\\')");
            parameters.put("pattern", "%" + escapeLike(query.text()) + "%");
        }
        if (query.startsFrom() != null || query.startsBefore() != null) {
            // one session must start inside the whole window; two separate EXISTS would accept an event with
            // one session before the window and another after it
            List<String> window = new ArrayList<>();
            if (query.startsFrom() != null) {
                window.add("s.starts_at >= :startsFrom");
                parameters.put("startsFrom", query.startsFrom().atOffset(ZoneOffset.UTC));
            }
            if (query.startsBefore() != null) {
                window.add("s.starts_at < :startsBefore");
                parameters.put("startsBefore", query.startsBefore().atOffset(ZoneOffset.UTC));
            }
            conditions.add("EXISTS (SELECT 1 FROM sessions s WHERE s.event_id = e.id AND "
                    + String.join(" AND ", window) + ")");
        }
        return new PublishedEventFilter(String.join(" AND ", conditions), parameters);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters);
    }

    /** The caller's text is matched literally: % and _ are not wildcards to them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
