package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket admitted at the door, on its line; {@code checkedInAt} is the scan's time, not the announcement's. */
public record CheckIn(UUID ticketId, UUID bookingId, UUID eventId, UUID sessionId, UUID ticketTypeId,
                      Instant checkedInAt) {

    public CheckIn {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
