package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.InventoryLine;

import java.util.List;
import java.util.UUID;

/** A ticket type's lines after a capacity change; {@code soldSeats} counts confirmed seats and open offers. */
record CapacityResponse(UUID eventId, UUID ticketTypeId, int capacity, List<Line> lines) {

    record Line(UUID sessionId, int capacity, int available, int soldSeats) {
    }

    static CapacityResponse of(UUID eventId, UUID ticketTypeId, int capacity, List<InventoryLine> lines) {
        return new CapacityResponse(eventId, ticketTypeId, capacity, lines.stream()
                .map(line -> new Line(line.key().sessionId(), line.capacity(), line.available(), line.sold()))
                .toList());
    }
}
