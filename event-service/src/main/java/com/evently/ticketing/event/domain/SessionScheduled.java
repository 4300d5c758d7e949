package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event got another session, which sells every one of its ticket types. Announced to the other services
 * as the {@code catalog.SessionAdded.v1} contract.
 */
public record SessionScheduled(UUID eventId, UUID organizerId, Session session, List<TicketType> ticketTypes,
                               Instant addedAt) implements EventAnnouncement {

    public SessionScheduled {
        ticketTypes = List.copyOf(ticketTypes);
    }
}
