package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInUndone;
import com.evently.ticketing.ticket.domain.ClaimedTicket;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.TicketAdmitted;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import com.evently.ticketing.ticket.domain.VoidedTickets;

/**
 * Tells other services about tickets, in the same transaction as the change it announces. Each method takes the
 * domain event the change returned, which carries everything announced, its time included.
 */
public interface TicketEvents {

    void ticketsIssued(TicketIssuance issuance);

    /** A ticket's first admission; an offline scan that replaces it with an earlier one announces nothing more. */
    void ticketAdmitted(TicketAdmitted admitted);

    /** Seals the transfer's claim token, if any: it never leaves in clear. */
    void ticketTransferred(TicketTransfer transfer);

    void ticketClaimed(ClaimedTicket claimed);

    /** An unclaimed transfer back with its giver; not a transfer: nobody received a ticket. */
    void ticketReturned(ReturnedTicket returned);

    /** Tickets of one booking voided because it was changed or cancelled; never called with none. */
    void ticketsVoided(VoidedTickets voided);

    void checkInUndone(CheckInUndone undone);
}
