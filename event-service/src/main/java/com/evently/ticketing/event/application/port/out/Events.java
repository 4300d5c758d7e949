package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventListing;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every event of the catalog, drafts included. Every write names the version its caller read and changes
 * nothing if the stored version moved on since (optimistic locking).
 */
public interface Events {

    /** Stores a new event with its sessions and ticket types. */
    void add(Event event);

    Optional<Event> findById(UUID eventId);

    /**
     * Stores a change to the event's status or details, provided nobody stored another change since the
     * event was read at {@code versionRead}. Its sessions and ticket types are left as stored.
     *
     * @throws EventChangeConflict when someone else changed the event in the meantime
     */
    void update(Event event, long versionRead);

    /**
     * Like {@link #update}, and also replaces the stored sessions and ticket types with the event's. Meant for
     * drafts: once published, other services refer to the sessions and ticket types by id.
     *
     * @throws EventChangeConflict when someone else changed the event in the meantime
     */
    void replace(Event event, long versionRead);

    /**
     * Like {@link #update}, and also stores the capacity and retirement of the event's ticket type
     * {@code ticketTypeId}: the changes a published event's ticket types may undergo in place, their ids staying what
     * other services hold.
     *
     * @throws EventChangeConflict when someone else changed the event in the meantime
     */
    void updateTicketType(Event event, UUID ticketTypeId, long versionRead);

    /**
     * Like {@link #update}, and also stores the event's sessions and ticket types that are not stored yet, after the
     * stored ones, which stay as they are (other services hold their ids).
     *
     * @throws EventChangeConflict when someone else changed the event in the meantime
     */
    void addStructure(Event event, long versionRead);

    /**
     * Deletes the event with its sessions and ticket types, provided it is still at {@code versionRead}.
     *
     * @throws EventChangeConflict when someone else changed (or removed) the event in the meantime
     */
    void remove(UUID eventId, long versionRead);

    /** A page of the events {@code listing} allows that match {@code query}. */
    EventSearchResult search(EventSearchQuery query, EventListing listing);

    /**
     * Published events whose last session ended before {@code now}, at most {@code limit}, locked for the
     * caller's transaction; events another transaction holds are skipped, so that replicas share the work.
     */
    List<Event> lockEndedPublished(Instant now, int limit);

    /**
     * Events in one of {@code statuses} with a session starting in {@code [from, before)}, of one organizer when
     * {@code organizerId} is not null, at most {@code limit}, soonest first.
     */
    List<Event> scheduledBetween(Instant from, Instant before, UUID organizerId, Set<EventStatus> statuses, int limit);
}
