package com.evently.ticketing.booking.application;

import java.time.Instant;

/** The event's cancellation cut-off before the session has passed. */
public final class CancellationClosedConflict extends RuntimeException {

    private final Instant closedAt;

    public CancellationClosedConflict(Instant closedAt) {
        super("Bookings of this session could be cancelled until " + closedAt);
        this.closedAt = closedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
