package com.evently.ticketing.analytics.application;

import java.util.UUID;

/** No statistics for this caller: the event is unknown here, or it is someone else's. */
public class EventNotFound extends RuntimeException {

    private final UUID eventId;

    public EventNotFound(UUID eventId) {
        super("No event " + eventId);
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }
}
