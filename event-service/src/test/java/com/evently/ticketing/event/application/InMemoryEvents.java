package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventListing;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The catalog in a map, keeping copies so that a use case's unsaved changes never leak into what is "stored", with
 * the same optimistic-locking rule as the database: a write from a version that is no longer stored loses. Writes
 * outside a transaction fail, so a use case that forgets its transaction fails its test.
 */
final class InMemoryEvents implements Events {

    enum Write { ADD, UPDATE, REPLACE, REMOVE }

    private final ImmediateTransactions transactions;
    private final Map<UUID, Event> stored = new LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private boolean anotherWriterWinsNextWrite;

    InMemoryEvents(ImmediateTransactions transactions) {
        this.transactions = transactions;
    }

    /** Puts an event in place as if it had been stored earlier; not counted as a write. */
    Event given(Event event) {
        stored.put(event.id(), copyOf(event));
        return event;
    }

    /** The next write finds the event changed by someone else since it was read, as a concurrent request would. */
    void anotherWriterWinsNextWrite() {
        anotherWriterWinsNextWrite = true;
    }

    Optional<Event> stored(UUID eventId) {
        return Optional.ofNullable(stored.get(eventId)).map(InMemoryEvents::copyOf);
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    @Override
    public void add(Event event) {
        write(Write.ADD);
        stored.put(event.id(), copyOf(event));
    }

    @Override
    public Optional<Event> findById(UUID eventId) {
        return stored(eventId);
    }

    @Override
    public void update(Event event, long versionRead) {
        write(Write.UPDATE);
        Event current = currentAt(event.id(), versionRead);
        // as in the database: sessions and ticket types stay as stored
        stored.put(event.id(), Event.restore(event.id(), event.organizerId(), event.details(), current.sessions(),
                current.ticketTypes(), event.status(), event.version(), event.createdAt(), event.updatedAt(),
                event.publishedAt().orElse(null), event.cancellation().orElse(null)));
    }

    @Override
    public void replace(Event event, long versionRead) {
        write(Write.REPLACE);
        currentAt(event.id(), versionRead);
        stored.put(event.id(), copyOf(event));
    }

    @Override
    public void addStructure(Event event, long versionRead) {
        write(Write.REPLACE);
        currentAt(event.id(), versionRead);
        stored.put(event.id(), copyOf(event));
    }

    @Override
    public void updateTicketType(Event event, UUID ticketTypeId, long versionRead) {
        write(Write.REPLACE);
        currentAt(event.id(), versionRead);
        stored.put(event.id(), copyOf(event));
    }

    @Override
    public void remove(UUID eventId, long versionRead) {
        write(Write.REMOVE);
        currentAt(eventId, versionRead);
        stored.remove(eventId);
    }

    /** Events the listing allows whose title or venue contains the text, soonest first, one page of them. */
    @Override
    public EventSearchResult search(EventSearchQuery query, EventListing listing) {
        List<Event> matching = stored.values().stream()
                .filter(event -> listing.statuses().contains(event.status()))
                .filter(event -> listing.organizerId() == null || listing.organizerId().equals(event.organizerId()))
                .filter(event -> listing.draftsOf() == null || event.status() != EventStatus.DRAFT
                        || listing.draftsOf().equals(event.organizerId()))
                .filter(event -> query.text() == null || contains(event.details().title(), query.text())
                        || contains(event.details().venue(), query.text()))
                .sorted(Comparator.comparing(Event::firstSessionStart).thenComparing(Event::id))
                .toList();
        return new EventSearchResult(matching.stream().skip(query.offset()).limit(query.size())
                .map(InMemoryEvents::copyOf).toList(), matching.size());
    }

    @Override
    public List<Event> lockEndedPublished(Instant now, int limit) {
        return stored.values().stream()
                .filter(event -> event.status() == EventStatus.PUBLISHED && !event.lastSessionEnd().isAfter(now))
                .limit(limit)
                .map(InMemoryEvents::copyOf)
                .toList();
    }

    @Override
    public List<Event> scheduledBetween(Instant from, Instant before, UUID organizerId, Set<EventStatus> statuses,
                                        int limit) {
        return stored.values().stream()
                .filter(event -> statuses.contains(event.status()))
                .filter(event -> organizerId == null || organizerId.equals(event.organizerId()))
                .filter(event -> event.sessions().stream()
                        .anyMatch(s -> !s.startsAt().isBefore(from) && s.startsAt().isBefore(before)))
                .sorted(Comparator.comparing(Event::firstSessionStart).thenComparing(Event::id))
                .limit(limit)
                .map(InMemoryEvents::copyOf)
                .toList();
    }

    private void write(Write write) {
        if (!transactions.active()) {
            throw new IllegalStateException(write + " outside a transaction");
        }
        writes.add(write);
    }

    private Event currentAt(UUID eventId, long versionRead) {
        Event current = stored.get(eventId);
        if (anotherWriterWinsNextWrite || current == null || current.version() != versionRead) {
            anotherWriterWinsNextWrite = false;
            throw new EventChangeConflict(eventId);
        }
        return current;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static Event copyOf(Event event) {
        return Event.restore(event.id(), event.organizerId(), event.details(), event.sessions(), event.ticketTypes(),
                event.status(), event.version(), event.createdAt(), event.updatedAt(),
                event.publishedAt().orElse(null), event.cancellation().orElse(null));
    }
}
