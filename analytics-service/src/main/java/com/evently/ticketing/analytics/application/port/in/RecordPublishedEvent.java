package com.evently.ticketing.analytics.application.port.in;

/** Takes note that an event went on sale: its organizer, title and capacity. */
public interface RecordPublishedEvent {

    void recordPublishedEvent(RecordPublishedEventCommand command);
}
