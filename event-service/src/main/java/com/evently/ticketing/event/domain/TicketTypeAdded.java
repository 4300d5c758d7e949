package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published event offers another ticket type, in each of its sessions. */
public record TicketTypeAdded(UUID eventId, UUID organizerId, TicketType ticketType, List<UUID> sessionIds,
                              Instant addedAt) implements EventAnnouncement {

    public TicketTypeAdded {
        sessionIds = List.copyOf(sessionIds);
    }
}
