package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.Dashboards;
import com.evently.ticketing.analytics.domain.Dashboard;
import com.evently.ticketing.analytics.domain.DayFigures;
import com.evently.ticketing.analytics.domain.EventStatus;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.evently.ticketing.analytics.adapter.out.persistence.ScopeFilter.bind;
import static com.evently.ticketing.analytics.adapter.out.persistence.ScopeFilter.eventsOf;

/** The dashboard, one aggregation query per figure group over {@code booking_facts} and its neighbours. */
@Repository
class JdbcDashboards implements Dashboards {

    private final JdbcClient jdbc;

    JdbcDashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Dashboard of(Scope scope, ReportingPeriod period, int topEvents) {
        Map<EventStatus, Integer> eventsByStatus = eventsByStatus(scope);
        Booked booked = booked(scope, period);
        Cancelled cancelled = cancelled(scope, period);
        Occupancy occupancy = occupancy(scope);
        Offers offers = offers(scope, period);
        CheckIns checkIns = checkIns(scope, period);
        return new Dashboard(scope, period, eventsByStatus, booked.bookings(), booked.seatsSold(),
                booked.seatsEverSold(), cancelled.bookings(), cancelled.seats(), revenue(scope, period),
                scope instanceof Scope.Platform ? newUsers(period) : null, occupancy.held(), occupancy.capacity(),
                offers.made(), offers.taken(), checkIns.inPeriod(), checkIns.ofSeatsHeld(), daily(scope, period),
                topEvents(scope, period, topEvents));
    }

    private Map<EventStatus, Integer> eventsByStatus(Scope scope) {
        Map<EventStatus, Integer> byStatus = new EnumMap<>(EventStatus.class);
        for (EventStatus status : EventStatus.values()) {
            byStatus.put(status, 0);
        }
        bind(jdbc.sql("""
                        SELECT status, count(*) AS events
                          FROM event_stats
                         WHERE organizer_id IS NOT NULL%s
                         GROUP BY status
                        """.formatted(eventsOf(scope, "event_id"))), scope)
                .query((ResultSet row) -> {
                    byStatus.put(EventStatus.valueOf(row.getString("status")), row.getInt("events"));
                });
        return byStatus;
    }

    private Booked booked(Scope scope, ReportingPeriod period) {
        return bind(jdbc.sql("""
                        SELECT count(*) AS bookings,
                               coalesce(sum(quantity) FILTER (WHERE status = 'CONFIRMED'), 0) AS seats_sold,
                               coalesce(sum(quantity), 0) AS seats_ever_sold
                          FROM booking_facts
                         WHERE booked_at >= :start AND booked_at < :end%s
                        """.formatted(eventsOf(scope, "event_id"))), scope, period)
                .query((row, rowNumber) -> new Booked(row.getInt("bookings"), row.getInt("seats_sold"),
                        row.getInt("seats_ever_sold")))
                .single();
    }

    private Cancelled cancelled(Scope scope, ReportingPeriod period) {
        return bind(jdbc.sql("""
                        SELECT count(*) AS bookings, coalesce(sum(quantity), 0) AS seats
                          FROM booking_facts
                         WHERE status = 'CANCELLED' AND cancelled_at >= :start AND cancelled_at < :end%s
                        """.formatted(eventsOf(scope, "event_id"))), scope, period)
                .query((row, rowNumber) -> new Cancelled(row.getInt("bookings"), row.getInt("seats")))
                .single();
    }

    private Map<String, BigDecimal> revenue(Scope scope, ReportingPeriod period) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        bind(jdbc.sql("""
                        SELECT currency, sum(quantity * unit_price) AS revenue
                          FROM booking_facts
                         WHERE status = 'CONFIRMED' AND currency IS NOT NULL
                           AND booked_at >= :start AND booked_at < :end%s
                         GROUP BY currency
                        """.formatted(eventsOf(scope, "event_id"))), scope, period)
                .query((ResultSet row) -> {
                    revenue.put(row.getString("currency"), money(row.getBigDecimal("revenue")));
                });
        return revenue;
    }

    private int newUsers(ReportingPeriod period) {
        return jdbc.sql("SELECT count(*) FROM registered_users WHERE registered_at >= :start AND registered_at < :end")
                .param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .query(Integer.class)
                .single();
    }

    private Occupancy occupancy(Scope scope) {
        // events that still run: a cancelled event's empty seats are not unsold ones
        return bind(jdbc.sql("""
                        SELECT coalesce(sum(e.capacity), 0) AS capacity, coalesce(sum(held.seats), 0) AS held
                          FROM event_stats e
                          LEFT JOIN LATERAL (SELECT sum(quantity) AS seats FROM booking_facts b
                                              WHERE b.event_id = e.event_id AND b.status = 'CONFIRMED') held ON true
                         WHERE e.organizer_id IS NOT NULL AND e.status = 'PUBLISHED'%s
                        """.formatted(eventsOf(scope, "e.event_id"))), scope)
                .query((row, rowNumber) -> new Occupancy(row.getLong("held"), row.getLong("capacity")))
                .single();
    }

    private Offers offers(Scope scope, ReportingPeriod period) {
        // an offer is taken when its user booked the event while it was open: bookings do not name the offer
        return bind(jdbc.sql("""
                        SELECT count(*) AS made,
                               count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM booking_facts b
                                    WHERE b.user_id = o.user_id AND b.event_id = o.event_id
                                      AND b.booked_at >= o.offered_at AND b.booked_at <= o.expires_at)) AS taken
                          FROM waitlist_offers o
                         WHERE o.offered_at >= :start AND o.offered_at < :end%s
                        """.formatted(eventsOf(scope, "o.event_id"))), scope, period)
                .query((row, rowNumber) -> new Offers(row.getInt("made"), row.getInt("taken")))
                .single();
    }

    private CheckIns checkIns(Scope scope, ReportingPeriod period) {
        // the rate's numerator matches occupancy's seats held: standing bookings of events that still run
        return bind(jdbc.sql("""
                        SELECT count(*) FILTER (WHERE c.checked_in_at >= :start AND c.checked_in_at < :end)
                                   AS in_period,
                               count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM booking_facts b JOIN event_stats e ON e.event_id = b.event_id
                                    WHERE b.booking_id = c.booking_id AND b.status = 'CONFIRMED'
                                      AND e.organizer_id IS NOT NULL AND e.status = 'PUBLISHED')) AS of_seats_held
                          FROM check_ins c
                         WHERE true%s
                        """.formatted(eventsOf(scope, "c.event_id"))), scope, period)
                .query((row, rowNumber) -> new CheckIns(row.getInt("in_period"), row.getLong("of_seats_held")))
                .single();
    }

    @Override
    public List<DayFigures> daily(Scope scope, ReportingPeriod period) {
        // every day of the period, in the viewer's zone, zeros included
        String scoped = eventsOf(scope, "event_id");
        return bind(jdbc.sql("""
                        WITH days AS (
                            SELECT day::date AS day FROM generate_series(:from::date, :to::date, interval '1 day') day
                        ), booked AS (
                            SELECT (booked_at AT TIME ZONE :zone)::date AS day, count(*) AS bookings,
                                   coalesce(sum(quantity) FILTER (WHERE status = 'CONFIRMED'), 0) AS seats
                              FROM booking_facts
                             WHERE booked_at >= :start AND booked_at < :end%s
                             GROUP BY 1
                        ), cancelled AS (
                            SELECT (cancelled_at AT TIME ZONE :zone)::date AS day, count(*) AS bookings,
                                   sum(quantity) AS seats
                              FROM booking_facts
                             WHERE status = 'CANCELLED' AND cancelled_at >= :start AND cancelled_at < :end%s
                             GROUP BY 1
                        ), checked_in AS (
                            SELECT (checked_in_at AT TIME ZONE :zone)::date AS day, count(*) AS check_ins
                              FROM check_ins
                             WHERE checked_in_at >= :start AND checked_in_at < :end%s
                             GROUP BY 1
                        )
                        SELECT days.day, coalesce(booked.bookings, 0) AS bookings, coalesce(booked.seats, 0) AS seats,
                               coalesce(cancelled.bookings, 0) AS cancellations,
                               coalesce(cancelled.seats, 0) AS cancelled_seats,
                               coalesce(checked_in.check_ins, 0) AS check_ins
                          FROM days
                          LEFT JOIN booked ON booked.day = days.day
                          LEFT JOIN cancelled ON cancelled.day = days.day
                          LEFT JOIN checked_in ON checked_in.day = days.day
                         ORDER BY days.day
                        """.formatted(scoped, scoped, scoped)), scope, period)
                .query((row, rowNumber) -> new DayFigures(row.getObject("day", LocalDate.class),
                        row.getInt("bookings"), row.getInt("seats"), row.getInt("cancellations"),
                        row.getInt("cancelled_seats"), row.getInt("check_ins")))
                .list();
    }

    private List<Dashboard.TopEvent> topEvents(Scope scope, ReportingPeriod period, int limit) {
        return bind(jdbc.sql("""
                        SELECT b.event_id, e.title,
                               coalesce(sum(b.quantity) FILTER (WHERE b.status = 'CONFIRMED'), 0) AS seats_sold,
                               count(*) AS bookings
                          FROM booking_facts b
                          JOIN event_stats e ON e.event_id = b.event_id AND e.organizer_id IS NOT NULL
                         WHERE b.booked_at >= :start AND b.booked_at < :end%s
                         GROUP BY b.event_id, e.title
                         ORDER BY seats_sold DESC, bookings DESC, b.event_id
                         LIMIT :limit
                        """.formatted(eventsOf(scope, "b.event_id"))), scope, period)
                .param("limit", limit)
                .query((row, rowNumber) -> new Dashboard.TopEvent(row.getObject("event_id", UUID.class),
                        row.getString("title"), row.getInt("seats_sold"), row.getInt("bookings")))
                .list();
    }

    /** Amounts as the prices were written: at least cents, more decimals only where a price had them. */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    private record Booked(int bookings, int seatsSold, int seatsEverSold) {
    }

    private record Cancelled(int bookings, int seats) {
    }

    private record Occupancy(long held, long capacity) {
    }

    private record Offers(int made, int taken) {
    }

    private record CheckIns(int inPeriod, long ofSeatsHeld) {
    }
}
