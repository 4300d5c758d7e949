package com.evently.ticketing.ticket.application.port.in;

import com.evently.ticketing.ticket.domain.ConfirmedBooking;

/** Gives every seat of a confirmed booking its ticket, once, however often the booking is announced. */
public interface IssueTickets {

    IssueTicketsOutcome issueFor(ConfirmedBooking booking);
}
