package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published event got another session, which sells every one of its ticket types. */
public record SessionAdded(UUID eventId, UUID organizerId, Session session, List<TicketType> ticketTypes,
                           Instant addedAt) implements EventAnnouncement {

    public SessionAdded {
        ticketTypes = List.copyOf(ticketTypes);
    }
}
