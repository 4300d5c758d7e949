package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.domain.Event;

import java.util.Optional;
import java.util.UUID;

/**
 * Hot reads of public events, served from memory: a sale with thousands of readers must not multiply database
 * reads. What it returns may lag a change by as long as the change takes to reach it (its own writes at once,
 * other replicas' through the catalog's topic) or, for changes nobody announces, by its expiry. Never a base for
 * a change: writers read through {@link Events}.
 */
public interface EventCache {

    /** The event, unless it is missing or a draft (drafts are never cached: only their organizers see them). */
    Optional<Event> findPublic(UUID eventId);

    /** Drops what is kept of the event, so that the next read loads it again. */
    void forget(UUID eventId);
}
