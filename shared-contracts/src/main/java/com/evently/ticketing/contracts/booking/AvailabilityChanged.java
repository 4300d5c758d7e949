package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * How many seats one inventory line has left, published after it changed (debounced: several sales can collapse into
 * one notice). {@code observedAt} orders the notices of one line; a consumer keeps the latest it has seen.
 */
public record AvailabilityChanged(
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int capacity,
        int available,
        Instant observedAt) {
}
