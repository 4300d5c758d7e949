package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.EventOverview;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.analytics.domain.LineStats;
import com.evently.ticketing.analytics.domain.Revenue;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * API.md "Analytics": seat counts, and percentages with one decimal. {@code confirmed} are the seats standing
 * bookings hold now, {@code cancelled} the seats cancelled bookings held when cancelled (every cause, the event's
 * own cancellation included, broken down in {@code cancelledByCause}); seats an edit gave back are neither.
 * {@code revenue} per currency, of the seats held now; {@code daily} the bookings, cancellations and check-ins day by
 * day; {@code checkedIn} the tickets admitted at the door, each once.
 */
record EventStatisticsResponse(UUID eventId, String title, String status, Instant cancelledAt, int capacity,
                               int confirmed, int cancelled, int confirmedBookings, int cancelledBookings,
                               int checkedIn,
                               BigDecimal occupancyPercent, BigDecimal cancellationRate,
                               Map<CancellationCause, Integer> cancelledByCause, Map<String, String> revenue,
                               Tickets tickets, List<Line> lines, List<DashboardResponse.Day> daily) {

    static EventStatisticsResponse of(EventOverview overview) {
        EventStats stats = overview.stats();
        Map<CancellationCause, Integer> byCause = new EnumMap<>(CancellationCause.class);
        for (CancellationCause cause : CancellationCause.values()) {
            byCause.put(cause, stats.cancelledSeatsByCause().getOrDefault(cause, 0));
        }
        return new EventStatisticsResponse(stats.eventId(), stats.title(), stats.status().name(), stats.cancelledAt(),
                stats.capacity(), stats.confirmedSeats(), stats.cancelledSeats(), stats.seats().confirmedBookings(),
                stats.seats().cancelledBookings(), stats.checkedIn(), stats.occupancyPercent(),
                stats.cancellationRate(), byCause,
                amounts(stats.revenue()),
                new Tickets(stats.tickets().valid(), stats.tickets().transferred(), stats.tickets().voided()),
                stats.lines().stream().map(Line::of).toList(),
                overview.daily().stream().map(DashboardResponse.Day::of).toList());
    }

    private static Map<String, String> amounts(Map<String, BigDecimal> revenue) {
        Map<String, String> amounts = new TreeMap<>();
        revenue.forEach((currency, amount) -> amounts.put(currency, amount.toPlainString()));
        return amounts;
    }

    /** Tickets valid now, revoked by a transfer, and void (their booking was cancelled). */
    record Tickets(int valid, int transferred, @JsonProperty("void") int voided) {
    }

    /**
     * One session × ticket type; {@code capacity} and {@code available} are null for a line the catalog's listing did
     * not name, {@code revenue} (of the seats held now, in the line's currency) while no seat of it carried a price.
     */
    record Line(UUID sessionId, UUID ticketTypeId, Integer capacity, int confirmed, int cancelled, Integer available,
                BigDecimal occupancyPercent, BigDecimal cancellationRate, String currency, String revenue,
                int checkedIn) {

        static Line of(LineStats line) {
            Revenue revenue = line.revenue();
            return new Line(line.sessionId(), line.ticketTypeId(), line.capacity(), line.seats().confirmedSeats(),
                    line.seats().cancelledSeats(), line.available(), line.occupancyPercent(),
                    line.seats().cancellationRate(), revenue == null ? null : revenue.currency(),
                    revenue == null ? null : revenue.amount().toPlainString(), line.checkedIn());
        }
    }
}
