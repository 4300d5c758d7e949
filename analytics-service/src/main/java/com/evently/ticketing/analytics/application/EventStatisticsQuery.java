package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.in.ShowEventStatistics;
import com.evently.ticketing.analytics.application.port.in.UnknownEventException;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

public class EventStatisticsQuery implements ShowEventStatistics {

    private final EventStatistics statistics;

    public EventStatisticsQuery(EventStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public EventStats showEventStatistics(UUID eventId, Caller viewer) {
        // someone else's event answers like an unknown one: its existence is not the caller's business
        return statistics.findListed(eventId)
                .filter(stats -> stats.isVisibleTo(viewer))
                .orElseThrow(() -> new UnknownEventException(eventId));
    }
}
