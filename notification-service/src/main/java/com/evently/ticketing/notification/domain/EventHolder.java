package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A holder of upcoming bookings of an event, with what this service last told them about it: the venue, the time
 * zone their session times were written in, and their next session.
 */
public record EventHolder(UUID userId, Recipient holder, String knownVenue, ZoneId knownTimeZone,
                          String nextSessionName, Instant nextSessionStartsAt) {

    public EventHolder {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(knownTimeZone, "knownTimeZone");
    }
}
