package com.evently.ticketing.event.domain;

import java.util.UUID;

/** The event's lifecycle does not allow what was asked, e.g. publishing an event that is already published. */
public class EventStateConflict extends RuntimeException {

    private final UUID eventId;
    private final EventStatus status;

    public EventStateConflict(UUID eventId, EventStatus status, String attempted) {
        this(eventId, status, attempted, null);
    }

    /** @param advice what the caller can do instead, or null */
    public EventStateConflict(UUID eventId, EventStatus status, String attempted, String advice) {
        super("Event " + eventId + " is " + status + " and cannot be " + attempted + (advice == null ? "" : "; " + advice));
        this.eventId = eventId;
        this.status = status;
    }

    public UUID eventId() {
        return eventId;
    }

    public EventStatus status() {
        return status;
    }
}
