package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.EventAvailability;

import java.util.List;
import java.util.UUID;

/**
 * {@code status} is ON_SALE or CANCELLED. A cancelled event's lines fill back up as the cascade cancels its bookings
 * and returns their seats: {@code available} then says nothing about what can be booked, {@code status} does.
 */
record AvailabilityResponse(UUID eventId, String status, List<Line> lines) {

    record Line(UUID sessionId, UUID ticketTypeId, int capacity, int available) {
    }

    static AvailabilityResponse of(EventAvailability availability) {
        return new AvailabilityResponse(availability.eventId(), availability.status().name(), availability.lines().stream()
                .map(line -> new Line(line.key().sessionId(), line.key().ticketTypeId(), line.capacity(), line.available()))
                .toList());
    }
}
