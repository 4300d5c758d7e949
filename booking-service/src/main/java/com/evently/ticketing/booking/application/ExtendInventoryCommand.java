package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A published event grew: {@code sessions} and {@code ticketTypes} are new or current, as the catalog has them now
 * (a ticket type's capacity included). Each new (session, ticket type) pair becomes an inventory line.
 */
public record ExtendInventoryCommand(UUID eventId, List<EventSnapshot.Session> sessions,
                                     List<EventSnapshot.TicketType> ticketTypes) {

    public ExtendInventoryCommand {
        Objects.requireNonNull(eventId, "eventId");
        sessions = List.copyOf(sessions);
        ticketTypes = List.copyOf(ticketTypes);
    }
}
