package com.evently.ticketing.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A waiting-list offer lapsed unaccepted at {@code expiresAt}: its seats went back to the line (and on to the next
 * in line). Published once per offer, when booking-service gives the seats back, which may be a little after the
 * deadline. Declined offers are not announced.
 */
public record WaitlistOfferExpired(
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
