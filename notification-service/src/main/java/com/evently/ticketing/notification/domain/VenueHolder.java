package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** A holder of an upcoming booking of an event, with the venue this service last told them about. */
public record VenueHolder(UUID userId, Recipient holder, String knownVenue) {

    public VenueHolder {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(holder, "holder");
    }
}
