package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event went on sale, with everything needed to open its inventory: every session and ticket type. Announced
 * to the other services as the {@code catalog.EventPublished.v1} contract.
 */
public record EventWentOnSale(
        UUID eventId,
        UUID organizerId,
        EventDetails details,
        List<Session> sessions,
        List<TicketType> ticketTypes,
        Instant publishedAt) implements EventAnnouncement {

    public EventWentOnSale {
        sessions = List.copyOf(sessions);
        ticketTypes = List.copyOf(ticketTypes);
    }
}
