package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** How many seats of one ticket type one session had left when booking-service looked. */
public record SeatsLeft(UUID eventId, UUID sessionId, UUID ticketTypeId, int capacity, int available,
                        Instant observedAt) {

    public SeatsLeft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(observedAt, "observedAt");
        if (capacity < 0 || available < 0 || available > capacity) {
            throw new InvalidInput("seats left must be between 0 and the capacity");
        }
    }
}
