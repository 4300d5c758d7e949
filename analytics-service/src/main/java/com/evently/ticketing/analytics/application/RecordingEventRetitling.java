package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventRetitling;

/** Keeps an event's title current when the catalog updates its description; a stale update changes nothing. */
public class RecordingEventRetitling {

    private final EventStatistics statistics;

    public RecordingEventRetitling(EventStatistics statistics) {
        this.statistics = statistics;
    }

    public void record(EventRetitling retitling) {
        statistics.retitle(retitling);
    }
}
