package com.evently.ticketing.event.adapter.out.cache;

import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;

import java.util.Optional;
import java.util.UUID;

/** Every public read from the database: what {@code ticketing.catalog.cache.enabled=false} runs, to compare. */
public class UncachedEventReads implements EventCache {

    private final Events events;

    public UncachedEventReads(Events events) {
        this.events = events;
    }

    @Override
    public Optional<Event> findPublic(UUID eventId) {
        return events.findById(eventId).filter(event -> event.status() != EventStatus.DRAFT);
    }

    @Override
    public void forget(UUID eventId) {
        // nothing is kept
    }
}
