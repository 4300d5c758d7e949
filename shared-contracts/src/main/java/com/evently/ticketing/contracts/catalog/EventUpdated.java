package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

/** The descriptive details of a published event changed (its sessions and ticket types did not). */
public record EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                           String timeZone, long version, Instant updatedAt) {
}
