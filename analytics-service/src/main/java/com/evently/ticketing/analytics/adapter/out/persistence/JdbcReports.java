package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.Reports;
import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.analytics.adapter.out.persistence.ScopeFilter.bind;
import static com.evently.ticketing.analytics.adapter.out.persistence.ScopeFilter.eventsOf;

/**
 * Custom reports as one aggregation query. Sales count when booked and cancellations when cancelled, so the facts
 * are read twice, each with its own time, and stacked (UNION ALL) with the check-ins (at their scan time) before
 * grouping. Only SQL fragments of this class
 * are put into the statement; every value the caller chose is a bound parameter.
 */
@Repository
class JdbcReports implements Reports {

    private final JdbcClient jdbc;

    JdbcReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Report run(ReportDefinition definition, Scope scope, ReportingPeriod period) {
        String filters = eventsOf(scope, "b.event_id")
                + (definition.eventId() == null ? "" : " AND b.event_id = :eventId")
                + (definition.organizerId() == null ? ""
                : " AND b.event_id IN (SELECT event_id FROM event_stats WHERE organizer_id = :filterOrganizerId)");
        List<String> selected = new ArrayList<>();
        List<String> grouped = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (ReportDimension dimension : definition.dimensions()) {
            Column column = columnOf(dimension);
            selected.add(column.select());
            grouped.add(column.groupBy());
            columns.addAll(column.names());
        }
        for (ReportMeasure measure : definition.measures()) {
            selected.add(measureOf(measure) + " AS " + columnName(measure));
            columns.add(measure.apiName());
        }
        String sql = """
                WITH facts AS (
                    SELECT b.event_id, b.session_id, b.ticket_type_id, b.currency, b.booked_at AS at,
                           1 AS bookings,
                           CASE WHEN b.status = 'CONFIRMED' THEN b.quantity ELSE 0 END AS seats,
                           0 AS cancellations, 0 AS cancelled_seats,
                           CASE WHEN b.status = 'CONFIRMED' THEN b.quantity * b.unit_price END AS revenue,
                           0 AS check_ins
                      FROM booking_facts b
                     WHERE b.booked_at >= :start AND b.booked_at < :end%1$s
                    UNION ALL
                    SELECT b.event_id, b.session_id, b.ticket_type_id, b.currency, b.cancelled_at,
                           0, 0, 1, b.quantity, NULL, 0
                      FROM booking_facts b
                     WHERE b.status = 'CANCELLED' AND b.cancelled_at >= :start AND b.cancelled_at < :end%1$s
                    UNION ALL
                    -- named b like the others so the same filters apply; the currency of the booking's line
                    SELECT b.event_id, b.session_id, b.ticket_type_id,
                           (SELECT currency FROM booking_facts f WHERE f.booking_id = b.booking_id), b.checked_in_at,
                           0, 0, 0, 0, NULL, 1
                      FROM check_ins b
                     WHERE b.checked_in_at >= :start AND b.checked_in_at < :end%1$s
                ), localised AS (
                    -- once, so that grouping by a day does not repeat a parameter PostgreSQL cannot match
                    SELECT facts.*, (facts.at AT TIME ZONE :zone) AS local_at FROM facts
                )
                SELECT %2$s
                  FROM localised f
                  LEFT JOIN event_stats e ON e.event_id = f.event_id
                %3$s
                 LIMIT :limit
                """.formatted(filters, String.join(", ", selected),
                grouped.isEmpty() ? "" : "GROUP BY " + String.join(", ", grouped)
                        + "\n ORDER BY " + String.join(", ", grouped));
        JdbcClient.StatementSpec statement = bind(jdbc.sql(sql), scope, period).param("limit", Report.MAX_ROWS + 1);
        if (definition.eventId() != null) {
            statement = statement.param("eventId", definition.eventId());
        }
        if (definition.organizerId() != null) {
            statement = statement.param("filterOrganizerId", definition.organizerId());
        }
        List<List<Object>> rows = statement.query((row, rowNumber) -> rowOf(row, definition)).list();
        boolean truncated = rows.size() > Report.MAX_ROWS;
        return new Report(definition, period, columns, truncated ? rows.subList(0, Report.MAX_ROWS) : rows, truncated);
    }

    /** What a dimension selects, groups (and sorts) by, and the columns it yields. */
    private record Column(String select, String groupBy, List<String> names) {
    }

    private static Column columnOf(ReportDimension dimension) {
        return switch (dimension) {
            case EVENT -> new Column("f.event_id AS event, e.title AS event_title", "e.title, f.event_id",
                    List.of("event", "eventTitle"));
            case ORGANIZER -> new Column("e.organizer_id AS organizer", "e.organizer_id", List.of("organizer"));
            case SESSION -> new Column("f.session_id AS session", "f.session_id", List.of("session"));
            case TICKET_TYPE -> new Column("f.ticket_type_id AS ticket_type", "f.ticket_type_id", List.of("ticketType"));
            // days, weeks (from Monday) and months of the viewer's zone
            case DAY -> new Column("f.local_at::date AS day", "f.local_at::date", List.of("day"));
            case WEEK -> new Column("date_trunc('week', f.local_at)::date AS week", "date_trunc('week', f.local_at)::date",
                    List.of("week"));
            case MONTH -> new Column("date_trunc('month', f.local_at)::date AS month",
                    "date_trunc('month', f.local_at)::date", List.of("month"));
            case CURRENCY -> new Column("f.currency AS currency", "f.currency", List.of("currency"));
        };
    }

    private static String measureOf(ReportMeasure measure) {
        return switch (measure) {
            case BOOKINGS -> "coalesce(sum(f.bookings), 0)";
            case SEATS -> "coalesce(sum(f.seats), 0)";
            case CANCELLATIONS -> "coalesce(sum(f.cancellations), 0)";
            case CANCELLED_SEATS -> "coalesce(sum(f.cancelled_seats), 0)";
            case REVENUE -> "coalesce(sum(f.revenue), 0)";
            case CHECK_INS -> "coalesce(sum(f.check_ins), 0)";
        };
    }

    private static String columnName(ReportMeasure measure) {
        return "m_" + measure.name().toLowerCase();
    }

    private static List<Object> rowOf(ResultSet row, ReportDefinition definition) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (ReportDimension dimension : definition.dimensions()) {
            switch (dimension) {
                case EVENT -> {
                    values.add(row.getObject("event", UUID.class));
                    values.add(row.getString("event_title"));
                }
                case ORGANIZER -> values.add(row.getObject("organizer", UUID.class));
                case SESSION -> values.add(row.getObject("session", UUID.class));
                case TICKET_TYPE -> values.add(row.getObject("ticket_type", UUID.class));
                case DAY -> values.add(row.getObject("day", LocalDate.class));
                case WEEK -> values.add(row.getObject("week", LocalDate.class));
                case MONTH -> values.add(row.getObject("month", LocalDate.class));
                case CURRENCY -> values.add(row.getString("currency"));
            }
        }
        for (ReportMeasure measure : definition.measures()) {
            values.add(measure == ReportMeasure.REVENUE
                    ? JdbcDashboards.money(row.getBigDecimal(columnName(measure)))
                    : (Object) row.getLong(columnName(measure)));
        }
        return values;
    }
}
