package com.evently.ticketing.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

/** A ticket type of a published event is no longer sold, in any session. Bookings made of it stay as they are. */
public record TicketTypeRetired(UUID eventId, UUID organizerId, UUID ticketTypeId, Instant retiredAt) {
}
