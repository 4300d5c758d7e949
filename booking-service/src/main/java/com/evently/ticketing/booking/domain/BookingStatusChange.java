package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of a booking's history. {@code actor} is the user who took it, null when the system did (an event
 * cancellation); {@code reason} is what the actor gave, if anything.
 */
public record BookingStatusChange(Kind kind, Instant at, UUID actor, String reason) {

    public enum Kind {
        CONFIRMED,
        CHANGED,
        CANCELLED
    }

    public BookingStatusChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
