package com.evently.ticketing.contracts.booking;

import com.evently.ticketing.contracts.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Seats were sold. One seat id per seat: consumers key their own records by it (one ticket per
 * seat). The event, session and ticket-type snapshot lets consumers render tickets and mails
 * without calling back.
 */
public record BookingConfirmed(
        UUID bookingId,
        UUID userId,
        String buyerEmail,
        String buyerName,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        List<UUID> seatIds,
        EventSnapshot event,
        Instant occurredAt) {

    public record EventSnapshot(
            String title,
            String venue,
            String timeZone,
            String sessionName,
            Instant sessionStartsAt,
            Instant sessionEndsAt,
            String ticketTypeName,
            Money unitPrice) {
    }
}
