package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/**
 * New descriptive details of a published event, numbered by the catalog: a higher {@code catalogVersion} is a
 * later revision. Only what booking shows on a booking (and tickets print) is kept.
 */
public record EventRevision(UUID eventId, String title, String venue, String timeZone, long catalogVersion) {

    public EventRevision {
        Objects.requireNonNull(eventId, "eventId");
        if (title == null || title.isBlank()) {
            throw new InvalidInput("a revised event needs a title");
        }
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInput("a revised event needs a time zone");
        }
        if (catalogVersion < 1) {
            throw new InvalidInput("catalog versions start at 1, was " + catalogVersion);
        }
    }
}
