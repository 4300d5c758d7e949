package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/** Another session for a published event, based on the version the organizer read. */
public record AddSessionCommand(UUID eventId, long expectedVersion, Session session) {

    public AddSessionCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(session, "session");
        if (expectedVersion < 1) {
            throw new InvalidInput("versions start at 1");
        }
    }
}
