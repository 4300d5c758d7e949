package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLineKey;

/** Seats were asked of a ticket type the catalog retired: bookings made of it stay, no new seats are sold. */
public final class TicketTypeRetiredConflict extends RuntimeException {

    public TicketTypeRetiredConflict(InventoryLineKey line) {
        super("Ticket type " + line.ticketTypeId() + " of event " + line.eventId() + " is no longer sold");
    }
}
