package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Tickets of one booking that stopped admitting because their seats left it (an edit, or its cancellation). */
public record VoidedTickets(UUID bookingId, UUID eventId, List<UUID> ticketIds, Instant voidedAt) {

    public VoidedTickets {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(voidedAt, "voidedAt");
        ticketIds = List.copyOf(ticketIds);
    }
}
