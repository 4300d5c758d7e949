package com.evently.ticketing.ticket.application.port.out;

/** Business counters for operators' dashboards. */
public interface TicketMetrics {

    /** Counts tickets once their transaction committed; a rolled-back issuance is not counted. */
    void ticketsIssued(int count);
}
