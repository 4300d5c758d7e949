package com.evently.ticketing.event.domain;

import java.util.UUID;

/** The event offers no ticket type with that id. */
public class TicketTypeNotFound extends RuntimeException {

    public TicketTypeNotFound(UUID eventId, UUID ticketTypeId) {
        super("Event " + eventId + " has no ticket type " + ticketTypeId);
    }
}
