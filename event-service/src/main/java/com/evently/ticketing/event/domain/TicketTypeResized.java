package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A published ticket type now offers {@code capacity} seats in each session; booking-service agreed first. Announced
 * to the other services as the {@code catalog.CapacityChanged.v1} contract.
 */
public record TicketTypeResized(UUID eventId, UUID organizerId, UUID ticketTypeId, int capacity, UUID changeId,
                                Instant changedAt) implements EventAnnouncement {
}
