package com.evently.ticketing.ticket.application.port.in;

import com.evently.ticketing.ticket.domain.TicketIssuance;

import java.util.UUID;

/** What issuing did: tickets were made now, or the booking already had them and nothing changed. */
public sealed interface IssueTicketsOutcome {

    record Issued(TicketIssuance issuance) implements IssueTicketsOutcome {
    }

    record AlreadyIssued(UUID bookingId) implements IssueTicketsOutcome {
    }
}
