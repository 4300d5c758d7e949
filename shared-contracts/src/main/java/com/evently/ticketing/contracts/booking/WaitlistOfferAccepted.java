package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A user accepted a waiting-list offer: its seats became booking {@code bookingId}, whose BookingConfirmed is
 * published in the same transaction. Published once per offer; accepting again changes nothing.
 */
public record WaitlistOfferAccepted(
        UUID offerId,
        UUID userId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        Instant occurredAt) {
}
