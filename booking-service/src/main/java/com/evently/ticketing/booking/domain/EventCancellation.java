package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The catalog called an event off: from then on nothing more is sold for it. The reason may be absent. */
public record EventCancellation(UUID eventId, String reason, Instant cancelledAt) {

    public EventCancellation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
