package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The catalog marked an event completed: its last session ended, nothing more is sold, its bookings stay. */
public record EventCompletion(UUID eventId, Instant completedAt) {

    public EventCompletion {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
