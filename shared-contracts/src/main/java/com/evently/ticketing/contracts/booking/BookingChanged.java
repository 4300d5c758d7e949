package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed booking was edited: its quantity, session or ticket type changed. Seats keep their ids while they stay
 * sold; {@code releasedSeatIds} left the booking (their tickets must stop working) and {@code addedSeatIds} joined it
 * (they need tickets). {@code revision} counts the booking's changes from 1, so a consumer can tell a stale notice
 * from a new one. {@code event} describes the current line.
 */
public record BookingChanged(
        UUID bookingId,
        int revision,
        UUID userId,
        String buyerEmail,
        String buyerName,
        UUID eventId,
        Line previous,
        Line current,
        List<UUID> seatIds,
        List<UUID> releasedSeatIds,
        List<UUID> addedSeatIds,
        BookingConfirmed.EventSnapshot event,
        UUID changedBy,
        Instant occurredAt) {

    /** The inventory line and seat count of a booking at one point in time. */
    public record Line(UUID sessionId, UUID ticketTypeId, int quantity) {
    }
}
