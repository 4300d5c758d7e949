package com.evently.ticketing.event.application.port.out;

import java.util.UUID;

/** Two writers changed the same event at once; the later one lost and may retry on a fresh read. */
public class EventChangeConflict extends RuntimeException {

    public EventChangeConflict(UUID eventId) {
        super("Event " + eventId + " was changed by someone else meanwhile; read it again and retry");
    }
}
