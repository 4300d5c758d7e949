package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.EventStats;

import java.math.BigDecimal;
import java.util.UUID;

/** API.md "Analytics": seat counts, and percentages with one decimal. */
record EventStatisticsResponse(UUID eventId, String title, int capacity, int confirmed, int cancelled,
                               BigDecimal occupancyPercent, BigDecimal cancellationRate) {

    static EventStatisticsResponse of(EventStats stats) {
        return new EventStatisticsResponse(stats.eventId(), stats.title(), stats.capacity(),
                stats.confirmedSeats(), stats.cancelledSeats(), stats.occupancyPercent(), stats.cancellationRate());
    }
}
