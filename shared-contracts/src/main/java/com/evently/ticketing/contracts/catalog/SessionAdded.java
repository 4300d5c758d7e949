package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event got another session. It sells every ticket type the event offers, each with that type's
 * {@code capacity} seats: one new inventory line per ticket type, shaped as in {@link EventPublished}.
 */
public record SessionAdded(UUID eventId, UUID organizerId, EventPublished.Session session,
                           List<EventPublished.TicketType> ticketTypes, Instant addedAt) {
}
