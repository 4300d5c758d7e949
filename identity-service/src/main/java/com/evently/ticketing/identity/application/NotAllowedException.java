package com.evently.ticketing.identity.application;

/** The caller's roles do not allow the operation. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String operation) {
        super("Your roles do not allow you to " + operation);
    }
}
