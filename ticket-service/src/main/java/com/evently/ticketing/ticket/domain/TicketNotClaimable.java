package com.evently.ticketing.ticket.domain;

/** The ticket of an open claim stopped being valid meanwhile (its booking was cancelled or changed). */
public class TicketNotClaimable extends RuntimeException {

    public TicketNotClaimable(String message) {
        super(message);
    }
}
