package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the catalog announced when an event went on sale: whose event it is and how many seats it offers. */
public record EventListing(UUID eventId, UUID organizerId, String title, int capacity) {

    public EventListing {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(title, "title");
        if (capacity < 0) {
            throw new InvalidInput("capacity must not be negative: " + capacity);
        }
    }

    /**
     * Capacity is per session (each session × ticket type is one inventory line), so every session offers
     * the seats of every ticket type. Exact arithmetic: an overflow must fail loudly, not wrap to a small number.
     */
    public static EventListing published(UUID eventId, UUID organizerId, String title,
                                         int sessionCount, List<Integer> seatsPerTicketType) {
        int seatsPerSession = seatsPerTicketType.stream().mapToInt(Integer::intValue).reduce(0, Math::addExact);
        return new EventListing(eventId, organizerId, title, Math.multiplyExact(sessionCount, seatsPerSession));
    }
}
