package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventCancellation;

/**
 * Shows an event as cancelled. Its bookings are not touched here: booking-service cancels each one and announces
 * it, and those announcements move the seats, so nothing is counted twice.
 */
public class RecordingEventCancellation {

    private final EventStatistics statistics;

    public RecordingEventCancellation(EventStatistics statistics) {
        this.statistics = statistics;
    }

    public void record(EventCancellation cancellation) {
        statistics.markCancelled(cancellation);
    }
}
