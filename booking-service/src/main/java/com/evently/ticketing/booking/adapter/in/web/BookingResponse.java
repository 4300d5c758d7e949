package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.SeatId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

record BookingResponse(
        UUID id,
        String status,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        Instant createdAt,
        List<UUID> seatIds) {

    static BookingResponse of(Booking booking) {
        return new BookingResponse(
                booking.id().value(),
                booking.status().name(),
                booking.line().eventId(),
                booking.line().sessionId(),
                booking.line().ticketTypeId(),
                booking.quantity(),
                booking.createdAt(),
                booking.seats().stream().map(SeatId::value).toList());
    }
}
