package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;

import java.util.List;
import java.util.Objects;

/** A new event as its organizer describes it. The values validate themselves; the event checks the whole. */
public record CreateEventCommand(EventDetails details, List<Session> sessions, List<TicketType> ticketTypes) {

    public CreateEventCommand {
        Objects.requireNonNull(details, "details");
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        ticketTypes = List.copyOf(Objects.requireNonNull(ticketTypes, "ticketTypes"));
    }
}
