package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event offers another ticket type, in each of its sessions. Announced to the other services as the
 * {@code catalog.TicketTypeAdded.v1} contract.
 */
public record TicketTypeOffered(UUID eventId, UUID organizerId, TicketType ticketType, List<UUID> sessionIds,
                                Instant addedAt) implements EventAnnouncement {

    public TicketTypeOffered {
        sessionIds = List.copyOf(sessionIds);
    }
}
