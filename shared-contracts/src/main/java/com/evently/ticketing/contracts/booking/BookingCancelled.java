package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking was cancelled and its seats went back on sale, exactly once. {@code seatIds} are the seats it held: their
 * tickets must stop working. {@code cause} says who or what cancelled it; {@code cancelledBy} is the user who did,
 * absent when the system did (an event cancellation).
 */
public record BookingCancelled(
        UUID bookingId,
        UUID userId,
        String buyerEmail,
        String buyerName,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        List<UUID> seatIds,
        Cause cause,
        String reason,
        UUID cancelledBy,
        BookingConfirmed.EventSnapshot event,
        Instant occurredAt) {

    public enum Cause {
        /** The buyer cancelled their own booking. */
        BUYER,
        /** An administrator cancelled it for the buyer. */
        ADMIN,
        /** The whole event was called off. */
        EVENT_CANCELLED,
        /** The buyer answered "not going" to a free event's RSVP. */
        RSVP_DECLINED
    }
}
