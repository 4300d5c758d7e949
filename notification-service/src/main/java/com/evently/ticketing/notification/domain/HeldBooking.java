package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What this service remembers of a confirmed booking to remind its holder before the session: who, which session
 * and when it starts. Kept current from booking-service's events (confirmed, changed, cancelled).
 *
 * @param confirmedAt when the booking was made: a reminder whose moment had already passed then is not sent
 */
public record HeldBooking(UUID bookingId, UUID userId, Recipient holder, UUID eventId, UUID sessionId, int quantity,
                          Instant confirmedAt, EventDetails event) {

    public HeldBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        event = event == null ? EventDetails.unknown() : event;
    }
}
