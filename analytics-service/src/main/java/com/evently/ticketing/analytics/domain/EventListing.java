package com.evently.ticketing.analytics.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the catalog announced when an event went on sale: whose event it is and the seats each of its lines offers. */
public record EventListing(UUID eventId, UUID organizerId, String title, List<LineCapacity> lines) {

    public EventListing {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        capacityOf(lines);
    }

    /** Capacity is per session: each session × ticket type is one inventory line. */
    public static EventListing published(UUID eventId, UUID organizerId, String title, List<UUID> sessionIds,
                                         List<OfferedTicketType> ticketTypes) {
        List<LineCapacity> lines = sessionIds.stream()
                .flatMap(sessionId -> ticketTypes.stream().map(ticketType ->
                        new LineCapacity(sessionId, ticketType.ticketTypeId(), ticketType.seatsPerSession())))
                .toList();
        return new EventListing(eventId, organizerId, title, lines);
    }

    /** The seats of every line. */
    public int capacity() {
        return capacityOf(lines);
    }

    /** Exact arithmetic: an overflow must fail loudly (already when listing), not wrap to a small number. */
    private static int capacityOf(List<LineCapacity> lines) {
        return lines.stream().mapToInt(LineCapacity::capacity).reduce(0, Math::addExact);
    }
}
