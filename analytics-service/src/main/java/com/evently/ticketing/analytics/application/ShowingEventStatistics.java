package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Dashboards;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventOverview;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** Sales figures of one event, for an admin or the event's own organizer. */
public class ShowingEventStatistics {

    private final EventStatistics statistics;
    private final Dashboards dashboards;

    public ShowingEventStatistics(EventStatistics statistics, Dashboards dashboards) {
        this.statistics = statistics;
        this.dashboards = dashboards;
    }

    /** The statistics with the event's bookings and cancellations day by day over {@code period}. */
    public EventOverview show(UUID eventId, ReportingPeriod period, Caller viewer) {
        EventStats stats = show(eventId, viewer);
        return new EventOverview(stats, period, dashboards.daily(new Scope.OneEvent(eventId), period));
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
