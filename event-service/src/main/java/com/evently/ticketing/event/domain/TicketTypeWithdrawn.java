package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A published ticket type is no longer sold, in any session; bookings made of it stay. Announced to the other
 * services as the {@code catalog.TicketTypeRetired.v1} contract.
 */
public record TicketTypeWithdrawn(UUID eventId, UUID organizerId, UUID ticketTypeId, Instant retiredAt)
        implements EventAnnouncement {
}
