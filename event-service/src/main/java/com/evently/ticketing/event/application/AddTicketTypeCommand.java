package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/** Another ticket type for a published event, based on the version the organizer read. */
public record AddTicketTypeCommand(UUID eventId, long expectedVersion, TicketType ticketType) {

    public AddTicketTypeCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketType, "ticketType");
        if (expectedVersion < 1) {
            throw new InvalidInput("versions start at 1");
        }
    }
}
