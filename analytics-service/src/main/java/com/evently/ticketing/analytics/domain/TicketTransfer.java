package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code previousTicketId} is revoked and {@code ticketId} replaces it for the same seat. */
public record TicketTransfer(UUID ticketId, UUID previousTicketId, UUID bookingId, UUID eventId,
                             Instant transferredAt) {

    public TicketTransfer {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previousTicketId, "previousTicketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(transferredAt, "transferredAt");
    }
}
