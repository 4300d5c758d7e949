package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.InventoryLine;

import java.util.List;
import java.util.UUID;

record AvailabilityResponse(UUID eventId, List<Line> lines) {

    record Line(UUID sessionId, UUID ticketTypeId, int capacity, int available) {
    }

    static AvailabilityResponse of(UUID eventId, List<InventoryLine> lines) {
        return new AvailabilityResponse(eventId, lines.stream()
                .map(line -> new Line(line.key().sessionId(), line.key().ticketTypeId(), line.capacity(), line.available()))
                .toList());
    }
}
