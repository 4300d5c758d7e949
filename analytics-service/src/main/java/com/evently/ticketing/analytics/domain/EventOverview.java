package com.evently.ticketing.analytics.domain;

import java.util.List;
import java.util.Objects;

/** An event's statistics with its bookings and cancellations day by day over a period. */
public record EventOverview(EventStats stats, ReportingPeriod period, List<DayFigures> daily) {

    public EventOverview {
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(period, "period");
        daily = List.copyOf(daily);
    }
}
