package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Seats held for the first user on a waiting list until {@code expiresAt}. */
public record WaitlistOffer(UUID offerId, UUID userId, UUID eventId, BookingLine line, Instant offeredAt,
                           Instant expiresAt) {

    public WaitlistOffer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
