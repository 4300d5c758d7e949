package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

/** The last session of a published event has ended: nothing more is sold for it, and it is history now. */
public record EventCompleted(UUID eventId, UUID organizerId, Instant completedAt) {
}
