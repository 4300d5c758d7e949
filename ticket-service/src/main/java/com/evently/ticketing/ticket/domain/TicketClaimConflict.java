package com.evently.ticketing.ticket.domain;

/** The ticket of an open claim stopped being valid meanwhile (its booking was cancelled or changed). */
public class TicketClaimConflict extends RuntimeException {

    public TicketClaimConflict(String message) {
        super(message);
    }
}
