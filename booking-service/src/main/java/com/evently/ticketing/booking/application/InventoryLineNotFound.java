package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLineKey;

import java.util.UUID;

/** The event is unknown here, or does not offer that ticket type (in that session). */
public final class InventoryLineNotFound extends RuntimeException {

    public InventoryLineNotFound(InventoryLineKey line) {
        super("Event " + line.eventId() + " sells no ticket type " + line.ticketTypeId() + " in session " + line.sessionId());
    }

    /** No line of the ticket type in any session: the event is unknown here, or never offered it. */
    public InventoryLineNotFound(UUID eventId, UUID ticketTypeId) {
        super("Event " + eventId + " sells no ticket type " + ticketTypeId);
    }
}
