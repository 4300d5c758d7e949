package com.evently.ticketing.ticket.domain;

/** The claim link worked once but no longer does: it expired, or another account claimed the ticket with it. */
public class ClaimGone extends RuntimeException {

    public ClaimGone(String message) {
        super(message);
    }
}
