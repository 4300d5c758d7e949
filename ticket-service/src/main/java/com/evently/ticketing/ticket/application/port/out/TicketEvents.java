package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.TicketIssuance;

/** Tells other services about tickets, in the same transaction as the change it announces. */
public interface TicketEvents {

    void ticketsIssued(TicketIssuance issuance);
}
