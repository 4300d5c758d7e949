package com.evently.ticketing.booking.application;

/** A user may wait on a line once: with one entry, or with one open offer. */
public final class AlreadyWaitingConflict extends RuntimeException {

    public AlreadyWaitingConflict() {
        super("You are already on the waiting list of this session and ticket type, or hold an open offer for it");
    }
}
