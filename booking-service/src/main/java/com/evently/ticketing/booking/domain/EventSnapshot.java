package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What booking keeps of a published catalog event: enough to build its inventory and to describe a booking
 * to other services without calling the catalog back.
 *
 * @param cancellationCutoff    how long before a session starts its bookings can no longer be cancelled, as the
 *                              organizer chose; null: until the session starts
 * @param waitlistOfferLifetime how long released seats are held for the waiting user they are offered to, as the
 *                              organizer chose; null: {@code ticketing.booking.waitlist.offer-lifetime}
 */
public record EventSnapshot(
        UUID eventId,
        UUID organizerId,
        String title,
        String venue,
        String timeZone,
        List<Session> sessions,
        List<TicketType> ticketTypes,
        Instant publishedAt,
        CancellationCutoff cancellationCutoff,
        Duration waitlistOfferLifetime) {

    public EventSnapshot {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(publishedAt, "publishedAt");
        sessions = List.copyOf(sessions);
        ticketTypes = List.copyOf(ticketTypes);
        if (sessions.isEmpty() || ticketTypes.isEmpty()) {
            throw new InvalidInput("an event on sale has at least one session and one ticket type");
        }
        if (waitlistOfferLifetime != null && !waitlistOfferLifetime.isPositive()) {
            throw new InvalidInput("a waiting-list offer lasts a while, not " + waitlistOfferLifetime);
        }
    }

    /** An event whose organizer left the cancellation cut-off and the offer lifetime to booking's defaults. */
    public EventSnapshot(UUID eventId, UUID organizerId, String title, String venue, String timeZone,
                         List<Session> sessions, List<TicketType> ticketTypes, Instant publishedAt) {
        this(eventId, organizerId, title, venue, timeZone, sessions, ticketTypes, publishedAt, null, null);
    }

    /** The same event with these sessions and ticket types. */
    public EventSnapshot withStructure(List<Session> newSessions, List<TicketType> newTicketTypes) {
        return new EventSnapshot(eventId, organizerId, title, venue, timeZone, newSessions, newTicketTypes, publishedAt,
                cancellationCutoff, waitlistOfferLifetime);
    }

    public record Session(UUID id, String name, Instant startsAt, Instant endsAt) {

        public Session {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }

    /**
     * {@code capacity} is per session: each session offers that many seats of this type. {@code maxSeatsPerUser}
     * caps one user's seats of it in one session; null means the service's default.
     */
    public record TicketType(UUID id, String name, Price price, int capacity, Integer maxSeatsPerUser) {

        public TicketType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(price, "price");
            if (capacity < 1) {
                throw new InvalidInput("ticket type " + id + " needs a capacity of at least 1");
            }
            if (maxSeatsPerUser != null && maxSeatsPerUser < 1) {
                throw new InvalidInput("ticket type " + id + " needs a per-user limit of at least 1");
            }
        }

        public TicketType(UUID id, String name, Price price, int capacity) {
            this(id, name, price, capacity, null);
        }

        /** Free ticket types are the ones whose holders answer an RSVP. */
        public boolean isFree() {
            return price.amount().signum() == 0;
        }
    }

    /** One unsold line per (session, ticket type). */
    public List<InventoryLine> inventoryLines() {
        return sessions.stream()
                .flatMap(session -> ticketTypes.stream().map(type -> InventoryLine.unsold(
                        new InventoryLineKey(eventId, session.id(), type.id()), type.capacity(), type.maxSeatsPerUser())))
                .toList();
    }

    public Optional<Session> session(UUID sessionId) {
        return sessions.stream().filter(session -> session.id().equals(sessionId)).findFirst();
    }

    public Optional<TicketType> ticketType(UUID ticketTypeId) {
        return ticketTypes.stream().filter(type -> type.id().equals(ticketTypeId)).findFirst();
    }
}
