package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event went on sale, with everything needed to open its inventory: every session and ticket type. */
public record EventPublished(
        UUID eventId,
        UUID organizerId,
        EventDetails details,
        List<Session> sessions,
        List<TicketType> ticketTypes,
        Instant publishedAt) implements CatalogEvent {

    public EventPublished {
        sessions = List.copyOf(sessions);
        ticketTypes = List.copyOf(ticketTypes);
    }
}
