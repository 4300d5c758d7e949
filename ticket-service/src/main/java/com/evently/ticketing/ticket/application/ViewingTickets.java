package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFound;

import java.util.List;
import java.util.UUID;

/** Tickets as their holder (or an admin) sees them; anyone else is told they do not exist. */
public class ViewingTickets {

    private final Tickets tickets;

    public ViewingTickets(Tickets tickets) {
        this.tickets = tickets;
    }

    /**
     * The booking's tickets, empty while they are not issued yet.
     *
     * @throws TicketNotFound when the tickets belong to someone else
     */
    public List<Ticket> ofBooking(UUID bookingId, Actor actor) {
        List<Ticket> ofBooking = tickets.ofBooking(bookingId);
        if (!ofBooking.stream().allMatch(actor::mayRead)) {
            throw TicketNotFound.ofBooking(bookingId);
        }
        return ofBooking;
    }

    /** @throws TicketNotFound when there is no such ticket or it belongs to someone else */
    public Ticket byId(UUID ticketId, Actor actor) {
        return tickets.byId(ticketId)
                .filter(actor::mayRead)
                .orElseThrow(() -> TicketNotFound.ticket(ticketId));
    }
}
