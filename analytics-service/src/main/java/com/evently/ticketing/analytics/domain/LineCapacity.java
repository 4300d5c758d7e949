package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** One inventory line of an event (a session × a ticket type) and the seats it offers. */
public record LineCapacity(UUID sessionId, UUID ticketTypeId, int capacity) {

    public LineCapacity {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        if (capacity < 0) {
            throw new InvalidInput("capacity must not be negative: " + capacity);
        }
    }
}
