package com.evently.ticketing.event.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What an event is, apart from its schedule and tickets. The time zone is the venue's: session times are
 * instants, and the zone says how to show them to attendees.
 */
public record EventDetails(String title, String description, String venue, ZoneId timeZone) {

    public EventDetails {
        title = Text.required(title, "title");
        description = Text.optional(description);
        venue = Text.optional(venue);
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
