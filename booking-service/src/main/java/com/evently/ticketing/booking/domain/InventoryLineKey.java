package com.evently.ticketing.booking.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one inventory line: a ticket type in one session of an event. */
public record InventoryLineKey(UUID eventId, UUID sessionId, UUID ticketTypeId) {

    public InventoryLineKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
    }
}
