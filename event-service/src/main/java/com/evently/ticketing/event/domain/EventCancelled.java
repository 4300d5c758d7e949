package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/** A published event was called off: nothing more is sold for it. {@code reason} is null when none was given. */
public record EventCancelled(UUID eventId, UUID organizerId, String reason, Instant cancelledAt)
        implements EventAnnouncement {
}
