package com.evently.ticketing.event.application;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/**
 * A new number of seats per session for one ticket type of a published event, based on the version the organizer
 * read. {@code changeId} follows the change to booking-service and into the TicketTypeResized announcement.
 */
public record ChangeCapacityCommand(UUID eventId, long expectedVersion, UUID ticketTypeId, int capacity,
                                    UUID changeId) {

    public ChangeCapacityCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(changeId, "changeId");
        if (expectedVersion < 1) {
            throw new InvalidInput("versions start at 1");
        }
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1");
        }
    }
}
