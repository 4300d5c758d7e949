package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.EventCancellation;
import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventRetitling;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.analytics.domain.EventStatus;
import com.evently.ticketing.analytics.domain.LineCapacity;
import com.evently.ticketing.analytics.domain.LineStats;
import com.evently.ticketing.analytics.domain.Revenue;
import com.evently.ticketing.analytics.domain.SeatCounts;
import com.evently.ticketing.analytics.domain.TicketCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tables {@code event_stats} (one row per event: listing and status) and {@code event_lines}; the figures are
 * aggregated from {@code booking_facts} when asked for. Catalog and booking topics are not ordered relative to each
 * other, so every write is an upsert that touches only the columns it owns.
 */
@Repository
class JdbcEventStatistics implements EventStatistics {

    private final JdbcClient jdbc;

    JdbcEventStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveListing(EventListing listing) {
        // leaves the status alone: a cancellation may have arrived first
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, organizer_id, title, capacity, updated_at)
                        VALUES (:eventId, :organizerId, :title, :capacity, now())
                        ON CONFLICT (event_id) DO UPDATE
                           SET organizer_id = EXCLUDED.organizer_id,
                               title = EXCLUDED.title,
                               capacity = EXCLUDED.capacity,
                               updated_at = now()
                        """)
                .param("eventId", listing.eventId())
                .param("organizerId", listing.organizerId())
                .param("title", listing.title())
                .param("capacity", listing.capacity())
                .update();
        for (LineCapacity line : listing.lines()) {
            jdbc.sql("""
                            INSERT INTO event_lines (event_id, session_id, ticket_type_id, capacity)
                            VALUES (:eventId, :sessionId, :ticketTypeId, :capacity)
                            ON CONFLICT (event_id, session_id, ticket_type_id) DO UPDATE SET capacity = EXCLUDED.capacity
                            """)
                    .param("eventId", listing.eventId())
                    .param("sessionId", line.sessionId())
                    .param("ticketTypeId", line.ticketTypeId())
                    .param("capacity", line.capacity())
                    .update();
        }
    }

    @Override
    public void retitle(EventRetitling retitling) {
        // the listing's title is older than any update (version null); a listing not seen yet keeps its own title,
        // which comes from the same catalog state or an older one
        jdbc.sql("""
                        UPDATE event_stats
                           SET title = :title, catalog_version = :version, updated_at = now()
                         WHERE event_id = :eventId AND organizer_id IS NOT NULL
                           AND (catalog_version IS NULL OR catalog_version < :version)
                        """)
                .param("eventId", retitling.eventId())
                .param("title", retitling.title())
                .param("version", retitling.version())
                .update();
    }

    @Override
    public void markCancelled(EventCancellation cancellation) {
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, status, cancelled_at, cancellation_reason, updated_at)
                        VALUES (:eventId, 'CANCELLED', :cancelledAt, :reason, now())
                        ON CONFLICT (event_id) DO UPDATE
                           SET status = 'CANCELLED',
                               cancelled_at = EXCLUDED.cancelled_at,
                               cancellation_reason = EXCLUDED.cancellation_reason,
                               updated_at = now()
                         WHERE event_stats.status <> 'CANCELLED'
                        """)
                .param("eventId", cancellation.eventId())
                .param("cancelledAt", Timestamp.from(cancellation.cancelledAt()))
                .param("reason", cancellation.reason(), Types.VARCHAR)
                .update();
    }

    @Override
    public Optional<EventStats> findListed(UUID eventId) {
        // organizer_id stays null until the catalog's listing arrives: such a row is not a listed event yet
        return jdbc.sql("""
                        SELECT event_id, organizer_id, title, capacity, status, cancelled_at
                          FROM event_stats
                         WHERE event_id = :eventId AND organizer_id IS NOT NULL
                        """)
                .param("eventId", eventId)
                .query((row, rowNumber) -> new Listed(row))
                .optional()
                .map(this::withFigures);
    }

    private EventStats withFigures(Listed listed) {
        Figures figures = figuresOf(listed.eventId());
        List<LineStats> lines = linesOf(listed.eventId(), figures.perLine());
        return new EventStats(listed.eventId(), listed.organizerId(), listed.title(), listed.status(),
                listed.cancelledAt(), listed.capacity(), figures.total(), lines,
                cancelledSeatsByCause(listed.eventId()), ticketsOf(listed.eventId()));
    }

    /** The event's totals and its lines' in one pass over its bookings (the empty grouping set is the total). */
    private Figures figuresOf(UUID eventId) {
        List<Grouped> groups = jdbc.sql("""
                        SELECT session_id, ticket_type_id, GROUPING(session_id, ticket_type_id) AS is_total,
                               coalesce(sum(quantity) FILTER (WHERE status = 'CONFIRMED'), 0) AS confirmed_seats,
                               count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed_bookings,
                               coalesce(sum(quantity) FILTER (WHERE status = 'CANCELLED'), 0) AS cancelled_seats,
                               count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled_bookings,
                               sum(quantity * unit_price) FILTER (WHERE status = 'CONFIRMED') AS revenue,
                               min(currency) FILTER (WHERE status = 'CONFIRMED') AS currency
                          FROM booking_facts
                         WHERE event_id = :eventId
                         GROUP BY GROUPING SETS ((session_id, ticket_type_id), ())
                        """)
                .param("eventId", eventId)
                .query((row, rowNumber) -> new Grouped(row))
                .list();
        Map<LineKey, Sold> perLine = new HashMap<>();
        SeatCounts total = SeatCounts.NONE;
        for (Grouped group : groups) {
            if (group.isTotal()) {
                total = group.sold().seats();
            } else {
                perLine.put(group.line(), group.sold());
            }
        }
        return new Figures(total, perLine);
    }

    /** Every listed line, with or without sales, and any line bookings or check-ins name that the listing did not. */
    private List<LineStats> linesOf(UUID eventId, Map<LineKey, Sold> sold) {
        Map<LineKey, Sold> unlisted = new HashMap<>(sold);
        Map<LineKey, Integer> checkedIn = checkedInOf(eventId);
        Map<LineKey, Integer> notYetPlaced = new HashMap<>(checkedIn);
        List<LineStats> lines = new ArrayList<>();
        jdbc.sql("SELECT session_id, ticket_type_id, capacity FROM event_lines WHERE event_id = :eventId")
                .param("eventId", eventId)
                .query((ResultSet row) -> {
                    LineKey key = new LineKey(row.getObject("session_id", UUID.class),
                            row.getObject("ticket_type_id", UUID.class));
                    Sold onLine = unlisted.remove(key);
                    notYetPlaced.remove(key);
                    lines.add(new LineStats(key.sessionId(), key.ticketTypeId(), row.getInt("capacity"),
                            onLine == null ? SeatCounts.NONE : onLine.seats(), onLine == null ? null : onLine.revenue(),
                            checkedIn.getOrDefault(key, 0)));
                });
        unlisted.forEach((key, onLine) -> {
            notYetPlaced.remove(key);
            lines.add(new LineStats(key.sessionId(), key.ticketTypeId(), null, onLine.seats(), onLine.revenue(),
                    checkedIn.getOrDefault(key, 0)));
        });
        notYetPlaced.forEach((key, admitted) -> lines.add(new LineStats(key.sessionId(), key.ticketTypeId(), null,
                SeatCounts.NONE, null, admitted)));
        lines.sort(Comparator.comparing(LineStats::sessionId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LineStats::ticketTypeId, Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    /**
     * A ticket is void once ticket-service announced it voided, or its booking's cancellation is known here (the
     * booking topic may be ahead of the ticket topic); a ticket whose booking is not known yet counts as valid.
     */
    private TicketCounts ticketsOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE t.revoked_at IS NULL AND t.voided_at IS NULL
                                                  AND b.status IS DISTINCT FROM 'CANCELLED') AS valid,
                               count(*) FILTER (WHERE t.revoked_at IS NOT NULL) AS transferred,
                               count(*) FILTER (WHERE t.revoked_at IS NULL
                                                  AND (t.voided_at IS NOT NULL OR b.status = 'CANCELLED')) AS voided
                          FROM tickets t
                          LEFT JOIN booking_facts b ON b.booking_id = t.booking_id
                         WHERE t.event_id = :eventId
                        """)
                .param("eventId", eventId)
                .query((row, rowNumber) -> new TicketCounts(row.getInt("valid"), row.getInt("transferred"),
                        row.getInt("voided")))
                .single();
    }

    private Map<LineKey, Integer> checkedInOf(UUID eventId) {
        Map<LineKey, Integer> checkedIn = new HashMap<>();
        jdbc.sql("""
                        SELECT session_id, ticket_type_id, count(*) AS admitted
                          FROM check_ins
                         WHERE event_id = :eventId
                         GROUP BY session_id, ticket_type_id
                        """)
                .param("eventId", eventId)
                .query((ResultSet row) -> {
                    checkedIn.put(new LineKey(row.getObject("session_id", UUID.class),
                            row.getObject("ticket_type_id", UUID.class)), row.getInt("admitted"));
                });
        return checkedIn;
    }

    private Map<CancellationCause, Integer> cancelledSeatsByCause(UUID eventId) {
        Map<CancellationCause, Integer> byCause = new EnumMap<>(CancellationCause.class);
        jdbc.sql("""
                        SELECT cancel_cause, sum(quantity) AS seats
                          FROM booking_facts
                         WHERE event_id = :eventId AND status = 'CANCELLED'
                         GROUP BY cancel_cause
                        """)
                .param("eventId", eventId)
                .query((ResultSet row) -> {
                    byCause.put(CancellationCause.valueOf(row.getString("cancel_cause")), row.getInt("seats"));
                });
        return byCause;
    }

    private record LineKey(UUID sessionId, UUID ticketTypeId) {
    }

    private record Sold(SeatCounts seats, Revenue revenue) {
    }

    /** A row of the grouping-sets query: one line's figures, or the event's total. */
    private record Grouped(boolean isTotal, LineKey line, Sold sold) {

        Grouped(ResultSet row) throws SQLException {
            this(row.getInt("is_total") != 0,
                    new LineKey(row.getObject("session_id", UUID.class), row.getObject("ticket_type_id", UUID.class)),
                    new Sold(new SeatCounts(row.getInt("confirmed_seats"), row.getInt("confirmed_bookings"),
                            row.getInt("cancelled_seats"), row.getInt("cancelled_bookings")),
                            revenueOf(row.getBigDecimal("revenue"), row.getString("currency"))));
        }

        private static Revenue revenueOf(BigDecimal amount, String currency) {
            return amount == null ? null : new Revenue(currency, JdbcDashboards.money(amount));
        }
    }

    private record Figures(SeatCounts total, Map<LineKey, Sold> perLine) {
    }

    private record Listed(UUID eventId, UUID organizerId, String title, int capacity, EventStatus status,
                          Instant cancelledAt) {

        Listed(ResultSet row) throws SQLException {
            this(row.getObject("event_id", UUID.class),
                    row.getObject("organizer_id", UUID.class),
                    row.getString("title"),
                    row.getInt("capacity"),
                    EventStatus.valueOf(row.getString("status")),
                    row.getTimestamp("cancelled_at") == null ? null : row.getTimestamp("cancelled_at").toInstant());
        }
    }
}
