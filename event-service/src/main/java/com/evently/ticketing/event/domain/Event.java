package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog's aggregate: an organizer's event with its sessions and ticket types, from draft to sale.
 * Every change bumps {@link #version()}, which clients see as the ETag and which guards concurrent writers.
 */
public final class Event {

    private final UUID id;
    private final UUID organizerId;
    private final EventDetails details;
    private final List<Session> sessions;
    private final List<TicketType> ticketTypes;
    private final Instant createdAt;
    private EventStatus status;
    private long version;
    private Instant updatedAt;
    private Instant publishedAt;

    private Event(UUID id, UUID organizerId, EventDetails details, List<Session> sessions,
                  List<TicketType> ticketTypes, EventStatus status, long version,
                  Instant createdAt, Instant updatedAt, Instant publishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.organizerId = Objects.requireNonNull(organizerId, "organizerId");
        this.details = Objects.requireNonNull(details, "details");
        this.sessions = nonEmpty(sessions, "an event needs at least one session");
        this.ticketTypes = nonEmpty(ticketTypes, "an event needs at least one ticket type");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.publishedAt = publishedAt;
    }

    /** A new draft owned by the organizer who wrote it; nobody else but admins can see it until it is published. */
    public static Event draft(UUID organizerId, EventDetails details, List<Session> sessions,
                              List<TicketType> ticketTypes, Instant now) {
        return new Event(UUID.randomUUID(), organizerId, details, sessions, ticketTypes,
                EventStatus.DRAFT, 1, now, now, null);
    }

    /** An event as it was stored. */
    public static Event restore(UUID id, UUID organizerId, EventDetails details, List<Session> sessions,
                                List<TicketType> ticketTypes, EventStatus status, long version,
                                Instant createdAt, Instant updatedAt, Instant publishedAt) {
        return new Event(id, organizerId, details, sessions, ticketTypes, status, version,
                createdAt, updatedAt, publishedAt);
    }

    /** Puts a draft on sale. */
    public EventPublished publish(Instant now) {
        if (status != EventStatus.DRAFT) {
            throw new InvalidEventStateException(id, status, "published");
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        recordChange(now);
        return new EventPublished(id, organizerId, details, sessions, ticketTypes, now);
    }

    /** Published events are public; a draft is seen only by those who may manage it. */
    public boolean isVisibleTo(Optional<Actor> viewer) {
        return status == EventStatus.PUBLISHED || viewer.filter(this::isManageableBy).isPresent();
    }

    public boolean isManageableBy(Actor actor) {
        return actor.isAdmin() || (actor.mayOrganizeEvents() && actor.id().equals(organizerId));
    }

    private void recordChange(Instant now) {
        updatedAt = now;
        version++;
    }

    private static <T> List<T> nonEmpty(List<T> items, String message) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return List.copyOf(items);
    }

    public UUID id() {
        return id;
    }

    public UUID organizerId() {
        return organizerId;
    }

    public EventDetails details() {
        return details;
    }

    public List<Session> sessions() {
        return sessions;
    }

    public List<TicketType> ticketTypes() {
        return ticketTypes;
    }

    public EventStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
