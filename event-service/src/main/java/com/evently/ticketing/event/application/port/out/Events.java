package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.application.port.in.EventSearchQuery;
import com.evently.ticketing.event.application.port.in.EventSearchResult;
import com.evently.ticketing.event.domain.Event;

import java.util.Optional;
import java.util.UUID;

/** Every event of the catalog, drafts included. */
public interface Events {

    /** Stores a new event with its sessions and ticket types. */
    void add(Event event);

    Optional<Event> findById(UUID eventId);

    /**
     * Stores a change to the event's status or details, provided nobody stored another change since the
     * event was read at {@code versionRead}.
     *
     * @throws ConcurrentEventChangeException when someone else changed the event in the meantime
     */
    void update(Event event, long versionRead);

    /** Published events only. */
    EventSearchResult searchPublished(EventSearchQuery query);
}
