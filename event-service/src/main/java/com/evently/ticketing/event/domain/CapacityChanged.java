package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/** A published ticket type now offers {@code capacity} seats in each session; booking-service agreed first. */
public record CapacityChanged(UUID eventId, UUID organizerId, UUID ticketTypeId, int capacity, UUID changeId,
                              Instant changedAt) implements EventAnnouncement {
}
