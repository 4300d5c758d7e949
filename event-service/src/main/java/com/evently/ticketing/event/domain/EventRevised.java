package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A published event's details changed; its sessions and ticket types did not, as they cannot once on sale. Announced
 * to the other services as the {@code catalog.EventUpdated.v1} contract.
 */
public record EventRevised(UUID eventId, UUID organizerId, EventDetails details, long version, Instant updatedAt)
        implements EventAnnouncement {
}
