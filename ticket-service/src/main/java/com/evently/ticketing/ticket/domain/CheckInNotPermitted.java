package com.evently.ticketing.ticket.domain;

/** The caller may not do this check-in operation (a role, another organizer's event, a device's limits). */
public class CheckInNotPermitted extends RuntimeException {

    public CheckInNotPermitted(String message) {
        super(message);
    }
}
