package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.in.ViewTickets;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFoundException;

import java.util.List;
import java.util.UUID;

public class ViewingTickets implements ViewTickets {

    private final Tickets tickets;

    public ViewingTickets(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<Ticket> ofBooking(UUID bookingId, Actor actor) {
        List<Ticket> ofBooking = tickets.ofBooking(bookingId);
        if (!ofBooking.stream().allMatch(actor::mayRead)) {
            throw TicketNotFoundException.ofBooking(bookingId);
        }
        return ofBooking;
    }

    @Override
    public Ticket byId(UUID ticketId, Actor actor) {
        return tickets.byId(ticketId)
                .filter(actor::mayRead)
                .orElseThrow(() -> TicketNotFoundException.ticket(ticketId));
    }
}
