package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A published event's last session ended: it is over, and nothing more is sold for it. Announced to the other
 * services as the {@code catalog.EventCompleted.v1} contract.
 */
public record EventEnded(UUID eventId, UUID organizerId, Instant completedAt) implements EventAnnouncement {
}
