package com.evently.ticketing.booking.application;

/** The caller has no entry on that line's waiting list. */
public final class WaitlistEntryNotFound extends RuntimeException {

    public WaitlistEntryNotFound() {
        super("You are not on the waiting list of this session and ticket type");
    }
}
