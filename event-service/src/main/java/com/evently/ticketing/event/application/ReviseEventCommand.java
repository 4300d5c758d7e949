package com.evently.ticketing.event.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The whole event as its organizer now wants it, based on the version they read.
 *
 * @param expectedVersion the version the client read (its ETag); the revision applies only to that version
 * @param sessions        may carry the ids of the event's sessions; a draft keeps those, others get new ids
 * @param ticketTypes     likewise for ticket types
 */
public record ReviseEventCommand(UUID eventId, long expectedVersion, EventDetails details,
                                 List<Session> sessions, List<TicketType> ticketTypes) {

    public ReviseEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        if (expectedVersion < 1) {
            throw new InvalidInput("versions start at 1");
        }
        Objects.requireNonNull(details, "details");
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        ticketTypes = List.copyOf(Objects.requireNonNull(ticketTypes, "ticketTypes"));
    }
}
