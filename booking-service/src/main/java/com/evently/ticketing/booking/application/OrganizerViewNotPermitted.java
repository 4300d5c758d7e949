package com.evently.ticketing.booking.application;

/**
 * The caller may not see what an event's organizer sees (its attendees, its feedback): they organize no events,
 * or not this one. Answered 403: booking only knows published events, which are public, so refusing reveals nothing.
 */
public final class OrganizerViewNotPermitted extends RuntimeException {

    public OrganizerViewNotPermitted(String message) {
        super(message);
    }
}
