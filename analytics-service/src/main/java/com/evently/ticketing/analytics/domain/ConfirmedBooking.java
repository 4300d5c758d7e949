package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Seats were sold.
 *
 * @param unitPrice null when the announcement carried none (a free ticket type, or an older producer)
 */
public record ConfirmedBooking(UUID bookingId, UUID userId, UUID eventId, BookingLine line, Price unitPrice,
                               Instant bookedAt) {

    public ConfirmedBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(bookedAt, "bookedAt");
    }
}
