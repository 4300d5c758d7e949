package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps what it loaded from the in-memory catalog until told to forget it, as the real cache does. */
final class InMemoryEventCache implements EventCache {

    private final InMemoryEvents events;
    private final Map<UUID, Event> kept = new HashMap<>();
    private final List<UUID> forgotten = new ArrayList<>();

    InMemoryEventCache(InMemoryEvents events) {
        this.events = events;
    }

    @Override
    public Optional<Event> findPublic(UUID eventId) {
        Event event = kept.computeIfAbsent(eventId, id -> events.stored(id)
                .filter(found -> found.status() != EventStatus.DRAFT).orElse(null));
        return Optional.ofNullable(event);
    }

    @Override
    public void forget(UUID eventId) {
        kept.remove(eventId);
        forgotten.add(eventId);
    }

    List<UUID> forgotten() {
        return List.copyOf(forgotten);
    }
}
