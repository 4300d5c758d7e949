package com.evently.ticketing.contracts.catalog;

import com.evently.ticketing.contracts.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event went on sale. Capacity is per session: each (session, ticket type) pair is one inventory
 * line of {@code capacity} seats.
 */
public record EventPublished(
        UUID eventId,
        UUID organizerId,
        String title,
        String venue,
        String timeZone,
        List<Session> sessions,
        List<TicketType> ticketTypes,
        Instant publishedAt) {

    public record Session(UUID sessionId, String name, Instant startsAt, Instant endsAt) {
    }

    /**
     * {@code maxSeatsPerUser} caps the seats one user may hold of this ticket type in one session; absent means the
     * booking service's default.
     */
    public record TicketType(UUID ticketTypeId, String name, Money price, int capacity, Integer maxSeatsPerUser) {
    }
}
