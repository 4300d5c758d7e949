package com.evently.ticketing.event.application;

import java.util.UUID;

/** The caller changed an event from a version that is no longer the current one: they must read it again. */
public class StaleEventVersion extends RuntimeException {

    public StaleEventVersion(UUID eventId, long versionRead) {
        super("Event " + eventId + " changed since version " + versionRead + " was read; read it again and retry");
    }
}
