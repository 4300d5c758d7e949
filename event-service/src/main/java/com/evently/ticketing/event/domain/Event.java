package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * event-service's aggregate: an organizer's event with its sessions and ticket types, from draft to sale and
 * then to completion or cancellation. Every change bumps {@link #version()}, which clients see as the ETag and which
 * guards concurrent writers. Changes other services must hear about return the {@link EventAnnouncement} they cause.
 */
public final class Event {

    private final UUID id;
    private final UUID organizerId;
    private final Instant createdAt;
    private EventDetails details;
    private List<Session> sessions;
    private List<TicketType> ticketTypes;
    private EventStatus status;
    private long version;
    private Instant updatedAt;
    private Instant publishedAt;
    private Cancellation cancellation;

    private Event(UUID id, UUID organizerId, EventDetails details, List<Session> sessions,
                  List<TicketType> ticketTypes, EventStatus status, long version,
                  Instant createdAt, Instant updatedAt, Instant publishedAt, Cancellation cancellation) {
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
        this.cancellation = cancellation;
    }

    /** A new draft owned by the organizer who wrote it; nobody else but admins can see it until it is published. */
    public static Event draft(UUID organizerId, EventDetails details, List<Session> sessions,
                              List<TicketType> ticketTypes, Instant now) {
        return new Event(UUID.randomUUID(), organizerId, details, sessions, ticketTypes,
                EventStatus.DRAFT, 1, now, now, null, null);
    }

    /** An event as it was stored; {@code publishedAt} and {@code cancellation} are null until they happen. */
    public static Event restore(UUID id, UUID organizerId, EventDetails details, List<Session> sessions,
                                List<TicketType> ticketTypes, EventStatus status, long version,
                                Instant createdAt, Instant updatedAt, Instant publishedAt, Cancellation cancellation) {
        return new Event(id, organizerId, details, sessions, ticketTypes, status, version,
                createdAt, updatedAt, publishedAt, cancellation);
    }

    /** Puts a draft on sale. */
    public EventWentOnSale publish(Instant now) {
        if (status != EventStatus.DRAFT) {
            throw new EventStateConflict(id, status, "published");
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        recordChange(now);
        return new EventWentOnSale(id, organizerId, details, sessions, ticketTypes, now);
    }

    /**
     * Replaces what the organizer wrote. A draft may change everything. Once published, other services sell
     * seats of its sessions and ticket types, so those must stay as they are (compared by content; ids are not
     * needed) and only the details may change, which is announced. A revision that changes nothing keeps the
     * version, so the client's ETag stays valid.
     *
     * <p>In a draft, a session or ticket type keeps its id when it carries one of this event's ids; any other
     * id is not trusted (it may belong to another event) and is replaced by a fresh one.
     *
     * @return the announcement when a published event's details changed; empty for drafts and for no change
     * @throws EventStateConflict for a cancelled event
     * @throws PublishedStructureConflict when a published event's sessions or ticket types would change
     */
    public Optional<EventRevised> revise(EventDetails newDetails, List<Session> newSessions,
                                         List<TicketType> newTicketTypes, Instant now) {
        Objects.requireNonNull(newDetails, "details");
        List<Session> proposedSessions = nonEmpty(newSessions, "an event needs at least one session");
        List<TicketType> proposedTicketTypes = nonEmpty(newTicketTypes, "an event needs at least one ticket type");
        return switch (status) {
            case DRAFT -> {
                reviseDraft(newDetails, proposedSessions, proposedTicketTypes, now);
                yield Optional.empty();
            }
            case PUBLISHED -> reviseDetailsOnly(newDetails, proposedSessions, proposedTicketTypes, now);
            case CANCELLED, COMPLETED -> throw new EventStateConflict(id, status, "edited");
        };
    }

    private void reviseDraft(EventDetails newDetails, List<Session> proposedSessions,
                             List<TicketType> proposedTicketTypes, Instant now) {
        List<Session> revisedSessions = withTrustedIds(proposedSessions, sessions, Session::id, Session::withNewId);
        List<TicketType> revisedTicketTypes =
                withTrustedIds(proposedTicketTypes, ticketTypes, TicketType::id, TicketType::withNewId);
        if (newDetails.equals(details) && revisedSessions.equals(sessions) && revisedTicketTypes.equals(ticketTypes)) {
            return;
        }
        details = newDetails;
        sessions = revisedSessions;
        ticketTypes = revisedTicketTypes;
        recordChange(now);
    }

    private Optional<EventRevised> reviseDetailsOnly(EventDetails newDetails, List<Session> proposedSessions,
                                                     List<TicketType> proposedTicketTypes, Instant now) {
        if (!sameContent(proposedSessions, sessions, Session::hasSameContentAs)
                || !sameContent(proposedTicketTypes, ticketTypes, TicketType::hasSameContentAs)) {
            throw new PublishedStructureConflict(id);
        }
        if (newDetails.equals(details)) {
            return Optional.empty();
        }
        details = newDetails;
        recordChange(now);
        return Optional.of(new EventRevised(id, organizerId, details, version, now));
    }

    /**
     * Sets a published ticket type's seats per session. Booking-service, which knows what is sold, must have
     * accepted the capacity first; this only records it. Setting the capacity it has changes nothing.
     *
     * @return the announcement, empty when the capacity was already that
     * @throws EventStateConflict unless the event is published (a draft is edited as a whole instead)
     * @throws TicketTypeNotFound when the event has no such ticket type
     */
    public Optional<TicketTypeResized> changeCapacity(UUID ticketTypeId, int capacity, UUID changeId, Instant now) {
        TicketType current = ticketType(ticketTypeId);
        if (current.capacity() == capacity) {
            return Optional.empty();
        }
        TicketType changed = current.withCapacity(capacity);
        ticketTypes = ticketTypes.stream().map(type -> type.id().equals(ticketTypeId) ? changed : type).toList();
        recordChange(now);
        return Optional.of(new TicketTypeResized(id, organizerId, ticketTypeId, capacity, changeId, now));
    }

    /**
     * Adds a session to a published event (a series grows): it sells every ticket type, each with its capacity.
     *
     * @throws EventStateConflict unless the event is published (a draft is edited as a whole instead)
     */
    public SessionScheduled addSession(Session session, Instant now) {
        requirePublished("given a session");
        sessions = append(sessions, session);
        recordChange(now);
        return new SessionScheduled(id, organizerId, session, ticketTypes, now);
    }

    /**
     * Adds a ticket type to a published event, sold in every session.
     *
     * @throws EventStateConflict unless the event is published (a draft is edited as a whole instead)
     */
    public TicketTypeOffered addTicketType(TicketType ticketType, Instant now) {
        requirePublished("given a ticket type");
        ticketTypes = append(ticketTypes, ticketType);
        recordChange(now);
        return new TicketTypeOffered(id, organizerId, ticketType, sessions.stream().map(Session::id).toList(), now);
    }

    /**
     * Stops selling a ticket type of a published event, in every session; bookings made of it stay.
     *
     * @return the announcement, empty when it was retired already
     * @throws EventStateConflict unless the event is published
     * @throws TicketTypeNotFound when the event has no such ticket type
     */
    public Optional<TicketTypeWithdrawn> retireTicketType(UUID ticketTypeId, Instant now) {
        TicketType current = ticketType(ticketTypeId);
        if (current.isRetired()) {
            return Optional.empty();
        }
        ticketTypes = ticketTypes.stream().map(type -> type.id().equals(ticketTypeId) ? type.retiredAt(now) : type)
                .toList();
        recordChange(now);
        return Optional.of(new TicketTypeWithdrawn(id, organizerId, ticketTypeId, now));
    }

    private void requirePublished(String attempted) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventStateConflict(id, status, attempted,
                    status == EventStatus.DRAFT ? "edit the draft instead" : null);
        }
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> appended = new ArrayList<>(items);
        appended.add(item);
        return List.copyOf(appended);
    }

    /**
     * A ticket type of a published event, the one whose capacity is about to change.
     *
     * @throws EventStateConflict unless the event is published
     * @throws TicketTypeNotFound when the event has no such ticket type
     */
    public TicketType ticketType(UUID ticketTypeId) {
        requirePublished("changed");
        return ticketTypes.stream().filter(type -> type.id().equals(ticketTypeId)).findFirst()
                .orElseThrow(() -> new TicketTypeNotFound(id, ticketTypeId));
    }

    /**
     * Calls off a published event; it stays readable, marked cancelled, but leaves the public list.
     *
     * @param reason shown to everyone; null or blank for none
     * @throws EventStateConflict unless the event is published (a draft is deleted instead)
     */
    public EventCalledOff cancel(String reason, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventStateConflict(id, status, "cancelled",
                    status == EventStatus.DRAFT ? "a draft is deleted instead" : null);
        }
        Cancellation called = new Cancellation(reason, now);
        status = EventStatus.CANCELLED;
        cancellation = called;
        recordChange(now);
        return new EventCalledOff(id, organizerId, called.reason(), now);
    }

    /**
     * Agrees to be thrown away: only a draft may, as nobody outside the catalog has heard of it, so deleting it
     * announces nothing. A published event is cancelled instead, so that buyers hear of it.
     *
     * @throws EventStateConflict unless the event is a draft
     */
    public void discard() {
        if (status != EventStatus.DRAFT) {
            throw new EventStateConflict(id, status, "deleted",
                    status == EventStatus.PUBLISHED ? "cancel it instead" : null);
        }
    }

    /**
     * Closes a published event whose last session has ended; the caller announces the returned EventEnded, on
     * which booking-service closes the event's sales.
     *
     * @throws EventStateConflict unless the event is published and its last session has ended
     */
    public EventEnded complete(Instant now) {
        if (status != EventStatus.PUBLISHED || now.isBefore(lastSessionEnd())) {
            throw new EventStateConflict(id, status, "completed",
                    status == EventStatus.PUBLISHED ? "its last session ends at " + lastSessionEnd() : null);
        }
        status = EventStatus.COMPLETED;
        recordChange(now);
        return new EventEnded(id, organizerId, now);
    }

    /** When the last of its sessions ends. */
    public Instant lastSessionEnd() {
        return sessions.stream().map(Session::endsAt).max(Instant::compareTo).orElseThrow();
    }

    /** When the first of its sessions starts. */
    public Instant firstSessionStart() {
        return sessions.stream().map(Session::startsAt).min(Instant::compareTo).orElseThrow();
    }

    /**
     * A new draft, owned by {@code owner}, with this event's details (and {@code title} when given), its sessions
     * moved by {@code schedule} and the ticket types it sells now: all of them under new ids, as the copy is sold
     * apart. A retired ticket type stays behind; when every one was retired, nothing on sale says what the copy
     * should sell, so it takes them all, on sale again, for the organizer to edit before publishing.
     */
    public Event copyAsDraft(UUID owner, String title, Rescheduling schedule, Instant now) {
        EventDetails copiedDetails = title == null || title.isBlank() ? details : details.titled(title);
        List<Session> moved = sessions.stream()
                .map(session -> Session.plan(session.name(), schedule.move(session.startsAt(), details.timeZone()),
                        schedule.move(session.endsAt(), details.timeZone())))
                .toList();
        List<TicketType> onSale = ticketTypes.stream().filter(type -> !type.isRetired()).toList();
        List<TicketType> copied = (onSale.isEmpty() ? ticketTypes : onSale).stream().map(TicketType::withNewId).toList();
        return draft(owner, copiedDetails, moved, copied, now);
    }

    /** Published, completed and cancelled events are public; a draft is seen only by those who may manage it. */
    public boolean isVisibleTo(Optional<Caller> viewer) {
        return status != EventStatus.DRAFT || viewer.filter(this::isManageableBy).isPresent();
    }

    public boolean isManageableBy(Caller actor) {
        return actor.isAdmin() || (actor.mayOrganizeEvents() && actor.id().equals(organizerId));
    }

    private void recordChange(Instant now) {
        updatedAt = now;
        version++;
    }

    private static <T> List<T> nonEmpty(List<T> items, String message) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInput(message);
        }
        return List.copyOf(items);
    }

    /** Keeps an item's id only if it is one of {@code current}'s, and only once, so ids stay unique. */
    private static <T> List<T> withTrustedIds(List<T> proposed, List<T> current, Function<T, UUID> idOf,
                                              UnaryOperator<T> withNewId) {
        Set<UUID> known = current.stream().map(idOf).collect(Collectors.toSet());
        Set<UUID> kept = new HashSet<>();
        return proposed.stream()
                .map(item -> known.contains(idOf.apply(item)) && kept.add(idOf.apply(item)) ? item : withNewId.apply(item))
                .toList();
    }

    private static <T> boolean sameContent(List<T> proposed, List<T> current, BiPredicate<T, T> sameContent) {
        return proposed.size() == current.size()
                && IntStream.range(0, current.size()).allMatch(i -> sameContent.test(proposed.get(i), current.get(i)));
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

    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }
}
