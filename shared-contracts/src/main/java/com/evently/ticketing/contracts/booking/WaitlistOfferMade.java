package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * Seats came free and are held for the first user on a waiting list until {@code expiresAt}; accepting the offer
 * books them (a BookingConfirmed follows), declining or letting it expire offers them to the next in line.
 */
public record WaitlistOfferMade(
        UUID offerId,
        UUID userId,
        String email,
        String name,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        int quantity,
        Instant expiresAt,
        BookingConfirmed.EventSnapshot event,
        Instant occurredAt) {
}
