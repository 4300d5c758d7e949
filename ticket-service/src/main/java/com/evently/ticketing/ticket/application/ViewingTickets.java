package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Paging;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFound;

import java.util.List;
import java.util.UUID;

/** Tickets as their holder (or an admin) sees them; anyone else is told they do not exist. */
public class ViewingTickets {

    static final int MAX_PAGE_SIZE = 100;

    private final Tickets tickets;

    public ViewingTickets(Tickets tickets) {
        this.tickets = tickets;
    }

    /**
     * The booking's tickets the actor may read, empty while they are not issued yet: the buyer's, and a ticket's
     * new holder their own after a transfer.
     *
     * @throws TicketNotFound when the booking has tickets but none the actor may read
     */
    public List<Ticket> ofBooking(UUID bookingId, Actor actor) {
        List<Ticket> ofBooking = tickets.ofBooking(bookingId);
        List<Ticket> readable = ofBooking.stream().filter(actor::mayRead).toList();
        if (readable.isEmpty() && !ofBooking.isEmpty()) {
            throw TicketNotFound.ofBooking(bookingId);
        }
        return readable;
    }

    /** A page of the tickets the actor holds (whatever their status), newest first. */
    public HeldTickets held(Actor actor, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return new HeldTickets(tickets.heldBy(actor.id(), actor.email(), page, size),
                tickets.countHeldBy(actor.id(), actor.email()));
    }

    public record HeldTickets(List<Ticket> page, long total) {
    }

    /** @throws TicketNotFound when there is no such ticket or it belongs to someone else */
    public Ticket byId(UUID ticketId, Actor actor) {
        return tickets.byId(ticketId)
                .filter(actor::mayRead)
                .orElseThrow(() -> TicketNotFound.ticket(ticketId));
    }
}
