package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** The catalog's {@code version}-th description of an event names it {@code title}; older versions lose. */
public record EventRetitling(UUID eventId, String title, long version) {

    public EventRetitling {
        Objects.requireNonNull(eventId, "eventId");
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title must not be blank");
        }
    }
}
