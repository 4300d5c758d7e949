package com.evently.ticketing.ticket.domain;

/** Only a ticket's holder gives it away; an administrator may read it but not transfer it. */
public class TransferNotPermitted extends RuntimeException {

    public TransferNotPermitted(String message) {
        super(message);
    }
}
