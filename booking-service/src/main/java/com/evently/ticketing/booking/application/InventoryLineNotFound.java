package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLineKey;

/** The event is unknown, or does not offer that ticket type in that session. */
public final class InventoryLineNotFound extends RuntimeException {

    public InventoryLineNotFound(InventoryLineKey line) {
        super("Event " + line.eventId() + " sells no ticket type " + line.ticketTypeId() + " in session " + line.sessionId());
    }
}
