package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.ClaimedTicket;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketTransfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tells other services about tickets, in the same transaction as the change it announces. */
public interface TicketEvents {

    void ticketsIssued(TicketIssuance issuance);

    /** A ticket's first admission; an offline scan that replaces it with an earlier one announces nothing more. */
    void ticketCheckedIn(CheckIn checkIn);

    /** Seals the transfer's claim token, if any: it never leaves in clear. */
    void ticketTransferred(TicketTransfer transfer);

    void ticketClaimed(ClaimedTicket claimed);

    /** An unclaimed transfer back with its giver; not a transfer: nobody received a ticket. */
    void ticketReturned(ReturnedTicket returned);

    /** Tickets of one booking voided because an edit released their seats; never called with none. */
    void ticketsVoidedByChange(List<Ticket> voided);

    /** Tickets of one booking voided because it was cancelled; never called with none. */
    void ticketsVoidedByCancellation(List<Ticket> voided);

    void checkInUndone(Ticket ticket, UUID undoneBy, Instant at);
}
