package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A person created an account. */
public record Registration(UUID userId, Instant registeredAt) {

    public Registration {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
