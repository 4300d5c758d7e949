package com.evently.ticketing.ticket.domain;

/** The ticket cannot be transferred in its state: void, revoked, or its session has started. */
public class TransferConflict extends RuntimeException {

    public TransferConflict(String message) {
        super(message);
    }
}
