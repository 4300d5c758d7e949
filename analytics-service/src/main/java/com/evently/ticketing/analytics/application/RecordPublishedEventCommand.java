package com.evently.ticketing.analytics.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An event went on sale with {@code sessionCount} sessions, each offering every ticket type's seats. */
public record RecordPublishedEventCommand(UUID eventId, UUID organizerId, String title,
                                          int sessionCount, List<Integer> seatsPerTicketType) {

    public RecordPublishedEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title must not be blank");
        }
        if (sessionCount < 1) {
            throw new InvalidInput("a published event has at least one session");
        }
        if (seatsPerTicketType == null || seatsPerTicketType.isEmpty()) {
            throw new InvalidInput("a published event has at least one ticket type");
        }
        seatsPerTicketType = List.copyOf(seatsPerTicketType);
        if (seatsPerTicketType.stream().anyMatch(seats -> seats < 1)) {
            throw new InvalidInput("every ticket type offers at least one seat");
        }
    }
}
