package com.evently.ticketing.identity.application;

/** The caller's roles do not allow the operation. */
public class OperationNotPermitted extends RuntimeException {

    public OperationNotPermitted(String operation) {
        super("Your roles do not allow you to " + operation);
    }
}
