package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A mistaken admission (the wrong ticket scanned) is undone by the event's organizer: the ticket admits again, and
 * the undoing is announced so that check-in figures elsewhere drop it.
 */
public class UndoingCheckIn {

    private final Transactions transactions;
    private final CheckIns checkIns;
    private final Tickets tickets;
    private final EventOrganizers organizers;
    private final TicketEvents events;
    private final Clock clock;

    public UndoingCheckIn(Transactions transactions, CheckIns checkIns, Tickets tickets, EventOrganizers organizers,
                          TicketEvents events, Clock clock) {
        this.transactions = transactions;
        this.checkIns = checkIns;
        this.tickets = tickets;
        this.organizers = organizers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return false when the ticket had no admission to undo
     * @throws TicketNotFound       for an unknown ticket
     * @throws CheckInNotPermitted unless the caller runs the ticket's event's check-in
     */
    public boolean undo(Actor actor, UUID ticketId) {
        return transactions.inTransaction(() -> {
            Ticket ticket = tickets.byId(ticketId).orElseThrow(() -> TicketNotFound.ticket(ticketId));
            if (!actor.mayRunCheckInOf(organizers.organizerOf(ticket.eventId()))) {
                throw new CheckInNotPermitted("Only the event's organizer or an administrator undoes a check-in");
            }
            Instant now = clock.instant();
            boolean undone = checkIns.undo(ticketId, actor.id(), now);
            if (undone) {
                events.checkInUndone(ticket.checkInUndone(actor.id(), now));
            }
            return undone;
        });
    }
}
