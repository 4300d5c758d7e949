package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.OfferedTicketType;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An event went on sale with these sessions, each offering the seats of every ticket type. */
public record RecordPublishedEventCommand(UUID eventId, UUID organizerId, String title,
                                          List<UUID> sessionIds, List<OfferedTicketType> ticketTypes) {

    public RecordPublishedEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title must not be blank");
        }
        if (sessionIds == null || sessionIds.isEmpty()) {
            throw new InvalidInput("a published event has at least one session");
        }
        if (ticketTypes == null || ticketTypes.isEmpty()) {
            throw new InvalidInput("a published event has at least one ticket type");
        }
        sessionIds = List.copyOf(sessionIds);
        ticketTypes = List.copyOf(ticketTypes);
    }
}
