package com.evently.ticketing.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The tickets of every seat of a booking. */
public record IssuedTickets(UUID bookingId, UUID eventId, List<UUID> ticketIds, Instant issuedAt) {

    public IssuedTickets {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        ticketIds = List.copyOf(ticketIds);
        if (ticketIds.isEmpty()) {
            throw new IllegalArgumentException("no tickets");
        }
    }
}
