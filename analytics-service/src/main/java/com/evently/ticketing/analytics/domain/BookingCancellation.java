package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A booking was cancelled while it held {@code line}; its seats went back on sale. */
public record BookingCancellation(UUID bookingId, UUID userId, UUID eventId, BookingLine line,
                                  CancellationCause cause, Instant cancelledAt) {

    public BookingCancellation {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
