package com.evently.ticketing.booking.application;

import java.util.UUID;

public final class EventNotFound extends RuntimeException {

    public EventNotFound(UUID eventId) {
        super("No event " + eventId + " is on sale");
    }
}
