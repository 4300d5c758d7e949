package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event offers another ticket type, in each of its sessions ({@code sessionIds}): one new inventory line
 * per session, shaped as in {@link EventPublished}.
 */
public record TicketTypeAdded(UUID eventId, UUID organizerId, EventPublished.TicketType ticketType,
                              List<UUID> sessionIds, Instant addedAt) {
}
