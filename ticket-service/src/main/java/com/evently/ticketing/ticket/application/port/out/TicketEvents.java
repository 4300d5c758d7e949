package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketTransfer;

/** Tells other services about tickets, in the same transaction as the change it announces. */
public interface TicketEvents {

    void ticketsIssued(TicketIssuance issuance);

    /** A ticket's first admission; an offline scan that replaces it with an earlier one announces nothing more. */
    void ticketCheckedIn(CheckIn checkIn);

    void ticketTransferred(TicketTransfer transfer);
}
