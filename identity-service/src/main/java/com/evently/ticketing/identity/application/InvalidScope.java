package com.evently.ticketing.identity.application;

/** RFC 6749 §5.2 {@code invalid_scope}: a requested scope is unknown or not granted to the client. */
public class InvalidScope extends RuntimeException {

    public InvalidScope(String message) {
        super(message);
    }
}
