package com.evently.ticketing.booking.application;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/**
 * The catalog sets a ticket type's capacity, which counts per session: every line of that ticket type gets it.
 * {@code changeId} names the organizer's change in logs on both sides; the change itself is idempotent by value
 * (setting the capacity the lines already have changes nothing), so a retried call and the CapacityChanged event
 * that follows it both land safely.
 */
public record ChangeCapacityCommand(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId) {

    public ChangeCapacityCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(changeId, "changeId");
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1, was " + capacity);
        }
    }
}
