package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** Sales figures of one event, for an admin or the event's own organizer. */
public class ShowingEventStatistics {

    private final EventStatistics statistics;

    public ShowingEventStatistics(EventStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * @throws EventNotFound when the event was never announced to analytics, or when the viewer may
     *         not see it (the answer does not reveal which)
     */
    public EventStats show(UUID eventId, Caller viewer) {
        // someone else's event answers like an unknown one: its existence is not the caller's business
        return statistics.findListed(eventId)
                .filter(stats -> stats.isVisibleTo(viewer))
                .orElseThrow(() -> new EventNotFound(eventId));
    }
}
