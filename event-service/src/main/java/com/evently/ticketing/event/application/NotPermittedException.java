package com.evently.ticketing.event.application;

/** The caller is known but their roles do not allow what they asked. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String reason) {
        super(reason);
    }
}
