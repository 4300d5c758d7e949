package com.evently.ticketing.booking.application;

import java.util.UUID;

/** Booking sells no line of that ticket type: the event is unknown here, or never offered it. */
public final class TicketTypeNotOnSale extends RuntimeException {

    public TicketTypeNotOnSale(UUID eventId, UUID ticketTypeId) {
        super("Event " + eventId + " sells no ticket type " + ticketTypeId);
    }
}
