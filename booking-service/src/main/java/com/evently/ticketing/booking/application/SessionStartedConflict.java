package com.evently.ticketing.booking.application;

import java.time.Instant;
import java.util.UUID;

/** The session a booking is for, or is being moved to, has started: its seats no longer change hands. */
public final class SessionStartedConflict extends RuntimeException {

    private final Instant startedAt;

    public SessionStartedConflict(UUID sessionId, Instant startedAt) {
        super("Session " + sessionId + " started at " + startedAt + "; its bookings can no longer change");
        this.startedAt = startedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
