package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SalesStatus;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The seats of an event as they stand. A cancelled event's lines fill up again as its bookings are cancelled
 * (CancellingEventBookings), and {@code status} says that none can be booked.
 */
public record EventAvailability(UUID eventId, SalesStatus status, List<InventoryLine> lines) {

    public EventAvailability {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }
}
