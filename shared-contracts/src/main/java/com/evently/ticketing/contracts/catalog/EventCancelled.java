package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

/** A published event was called off: nothing more is sold for it. */
public record EventCancelled(UUID eventId, UUID organizerId, String reason, Instant cancelledAt) {
}
