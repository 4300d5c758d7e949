package com.evently.ticketing.ticket.application.port.in;

import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFoundException;

import java.util.List;
import java.util.UUID;

/** Tickets as their holder (or an admin) sees them; anyone else is told they do not exist. */
public interface ViewTickets {

    /**
     * The booking's tickets, empty while they are not issued yet.
     *
     * @throws TicketNotFoundException when the tickets belong to someone else
     */
    List<Ticket> ofBooking(UUID bookingId, Actor actor);

    /** @throws TicketNotFoundException when there is no such ticket or it belongs to someone else */
    Ticket byId(UUID ticketId, Actor actor);
}
