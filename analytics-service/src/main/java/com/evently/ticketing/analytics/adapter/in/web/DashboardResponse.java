package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.Dashboard;
import com.evently.ticketing.analytics.domain.DayFigures;
import com.evently.ticketing.analytics.domain.EventStatus;
import com.evently.ticketing.analytics.domain.Scope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code GET /api/v1/analytics/dashboard}. Money as strings like the prices it comes from ({@code "625.00"}), per
 * currency; percentages with one decimal.
 */
record DashboardResponse(String scope, Period period, Totals totals, Rates rates, List<Day> daily,
                         List<TopEvent> topEvents) {

    static DashboardResponse of(Dashboard dashboard) {
        Map<String, String> revenue = new TreeMap<>();
        dashboard.revenue().forEach((currency, amount) -> revenue.put(currency, amount.toPlainString()));
        return new DashboardResponse(
                dashboard.scope() instanceof Scope.Platform ? "PLATFORM" : "ORGANIZER",
                new Period(dashboard.period().from(), dashboard.period().to(), dashboard.period().zone().getId()),
                new Totals(dashboard.eventsByStatus(), dashboard.bookings(), dashboard.seatsSold(),
                        dashboard.cancellations(), dashboard.cancelledSeats(), dashboard.checkIns(), revenue,
                        dashboard.newUsers()),
                new Rates(dashboard.occupancyPercent(), dashboard.cancellationRate(), dashboard.checkInRate(),
                        dashboard.waitlistConversionPercent(), dashboard.offers(), dashboard.offersTaken()),
                dashboard.daily().stream().map(Day::of).toList(),
                dashboard.topEvents().stream().map(event -> new TopEvent(event.eventId(), event.title(),
                        event.seatsSold(), event.bookings())).toList());
    }

    record Period(LocalDate from, LocalDate to, String tz) {
    }

    /** {@code registrations}: bookings made in the period; {@code newUsers}: for admins only. */
    record Totals(Map<EventStatus, Integer> eventsByStatus, int registrations, int seatsSold, int cancellations,
                  int cancelledSeats, int checkIns, Map<String, String> revenue, Integer newUsers) {
    }

    record Rates(BigDecimal occupancyPercent, BigDecimal cancellationRate, BigDecimal checkInRate,
                 BigDecimal waitlistConversionPercent,
                 int waitlistOffers, int waitlistOffersTaken) {
    }

    record Day(LocalDate date, int bookings, int seats, int cancellations, int cancelledSeats, int checkIns) {

        static Day of(DayFigures day) {
            return new Day(day.date(), day.bookings(), day.seats(), day.cancellations(), day.cancelledSeats(),
                    day.checkIns());
        }
    }

    record TopEvent(UUID eventId, String title, int seatsSold, int bookings) {
    }
}
