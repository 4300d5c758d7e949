package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A confirmed booking was edited: it now holds {@code line}. Revisions count a booking's edits from 1, so an older
 * or repeated one is recognised and ignored.
 *
 * @param unitPrice the price of a seat on the new line; null when the announcement carried none
 */
public record BookingRevision(UUID bookingId, UUID userId, UUID eventId, int revision, BookingLine line,
                              Price unitPrice, Instant changedAt) {

    public BookingRevision {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(changedAt, "changedAt");
        if (revision < 1) {
            throw new InvalidInput("revisions count from 1: " + revision);
        }
    }
}
