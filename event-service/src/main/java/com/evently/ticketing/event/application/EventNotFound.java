package com.evently.ticketing.event.application;

import java.util.UUID;

/** No such event, or none the caller may see: the two are answered alike so drafts stay private. */
public class EventNotFound extends RuntimeException {

    private final UUID eventId;

    public EventNotFound(UUID eventId) {
        super("Event " + eventId + " was not found");
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }
}
