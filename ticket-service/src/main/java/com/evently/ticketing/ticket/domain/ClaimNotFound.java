package com.evently.ticketing.ticket.domain;

/** No claim has this token: it was never issued (or mistyped). Says nothing about any ticket. */
public class ClaimNotFound extends RuntimeException {

    public ClaimNotFound() {
        super("No ticket claim has this token");
    }
}
