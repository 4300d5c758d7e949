package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * The organizer set a new capacity for a ticket type of a published event. Capacity counts per session: every
 * session's inventory line of that ticket type gets it. Booking-service accepted it synchronously before the catalog
 * committed; this event lets booking converge should the two have parted after that. Applying it again, or a capacity
 * the lines already have, changes nothing.
 */
public record CapacityChanged(UUID eventId, UUID organizerId, UUID ticketTypeId, int capacity, UUID changeId,
                              Instant changedAt) {
}
