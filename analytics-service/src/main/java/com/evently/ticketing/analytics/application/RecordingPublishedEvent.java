package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventListing;

/** Takes note that an event went on sale: its organizer, title and the capacity of each line. */
public class RecordingPublishedEvent {

    private final EventStatistics statistics;

    public RecordingPublishedEvent(EventStatistics statistics) {
        this.statistics = statistics;
    }

    public void record(RecordPublishedEventCommand command) {
        statistics.saveListing(EventListing.published(command.eventId(), command.organizerId(), command.title(),
                command.sessionIds(), command.ticketTypes()));
    }
}
