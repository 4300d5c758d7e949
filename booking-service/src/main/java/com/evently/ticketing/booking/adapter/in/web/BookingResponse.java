package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatusChange;
import com.evently.ticketing.booking.domain.SeatId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code rsvp} is null until the holder of a free booking answers; {@code history} is oldest first. */
record BookingResponse(
        UUID id,
        String status,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        Instant createdAt,
        List<UUID> seatIds,
        int revision,
        String rsvp,
        List<StatusChange> history) {

    /** {@code actor} is null when the system made the change (an event cancellation). */
    record StatusChange(String status, Instant at, UUID actor, String reason) {

        static StatusChange of(BookingStatusChange change) {
            return new StatusChange(change.kind().name(), change.at(), change.actor(), change.reason());
        }
    }

    static BookingResponse of(Booking booking) {
        return new BookingResponse(
                booking.id().value(),
                booking.status().name(),
                booking.line().eventId(),
                booking.line().sessionId(),
                booking.line().ticketTypeId(),
                booking.quantity(),
                booking.createdAt(),
                booking.seats().stream().map(SeatId::value).toList(),
                booking.revision(),
                booking.rsvp() == null ? null : booking.rsvp().name(),
                booking.history().stream().map(StatusChange::of).toList());
    }
}
