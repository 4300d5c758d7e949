package com.evently.ticketing.platform.inbox;

/** A record that can never be processed (no event id, unreadable payload): retrying it is pointless. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
