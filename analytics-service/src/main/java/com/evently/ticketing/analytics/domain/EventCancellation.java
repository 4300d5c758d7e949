package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The catalog called an event off; its bookings are cancelled one by one by booking-service. */
public record EventCancellation(UUID eventId, String reason, Instant cancelledAt) {

    public EventCancellation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
