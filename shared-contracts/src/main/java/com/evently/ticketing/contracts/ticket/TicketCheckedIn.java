package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket was admitted at the door: published once per ticket (an undone check-in followed by a new admission
 * publishes again), keyed by the booking id like every ticket event about that booking. {@code checkedInAt} is
 * when the ticket was scanned, which for an offline scanner is earlier than {@code occurredAt}. {@code scannedBy}
 * is the organizer or administrator who scanned, {@code deviceId} the check-in device (one of the two).
 */
public record TicketCheckedIn(
        UUID ticketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        String gate,
        UUID scanId,
        Instant checkedInAt,
        boolean offline,
        UUID scannedBy,
        UUID deviceId,
        Instant occurredAt) {
}
