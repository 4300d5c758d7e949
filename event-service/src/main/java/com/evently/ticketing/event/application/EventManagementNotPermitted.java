package com.evently.ticketing.event.application;

/** The caller is known but their roles do not allow what they asked. */
public class EventManagementNotPermitted extends RuntimeException {

    public EventManagementNotPermitted(String reason) {
        super(reason);
    }
}
