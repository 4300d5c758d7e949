package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A published event was called off: nothing more is sold for it. {@code reason} is null when none was given.
 * Announced to the other services as the {@code catalog.EventCancelled.v1} contract.
 */
public record EventCalledOff(UUID eventId, UUID organizerId, String reason, Instant cancelledAt)
        implements EventAnnouncement {
}
