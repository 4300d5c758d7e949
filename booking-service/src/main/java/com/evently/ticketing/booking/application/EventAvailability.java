package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SalesStatus;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The seats of an event as they stand. A cancelled event keeps its lines as they were when it was cancelled:
 * {@code capacity - available} still counts the seats sold, and {@code status} says that none can be booked.
 */
public record EventAvailability(UUID eventId, SalesStatus status, List<InventoryLine> lines) {

    public EventAvailability {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }
}
