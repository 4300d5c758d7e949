package com.evently.ticketing.contracts.catalog;

import com.evently.ticketing.contracts.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event went on sale. Capacity is per session: each (session, ticket type) pair is one inventory
 * line of {@code capacity} seats.
 *
 * @param reminderLeads how long before each session its holders are reminded, as the organizer chose (ISO-8601
 *                      durations; an empty list means no reminders); absent (null) means the notification service's
 *                      default. Added in 1.1 of the contract: older producers leave it out.
 * @param cancellationCutoff    how long before each session starts its bookings can no longer be cancelled (whole
 *                              minutes); absent (null) means until the session starts. Added in 1.2.
 * @param waitlistOfferLifetime how long seats released to a waiting list are held for the user they are offered to;
 *                              absent (null) means the booking service's default. Added in 1.2.
 */
public record EventPublished(
        UUID eventId,
        UUID organizerId,
        String title,
        String venue,
        String timeZone,
        List<Session> sessions,
        List<TicketType> ticketTypes,
        Instant publishedAt,
        List<Duration> reminderLeads,
        Duration cancellationCutoff,
        Duration waitlistOfferLifetime) {

    /** An announcement without reminder leads or booking terms of its own: the consumers' defaults apply. */
    public EventPublished(UUID eventId, UUID organizerId, String title, String venue, String timeZone,
                          List<Session> sessions, List<TicketType> ticketTypes, Instant publishedAt) {
        this(eventId, organizerId, title, venue, timeZone, sessions, ticketTypes, publishedAt, null);
    }

    /** An announcement without booking terms of its own (as before 1.2): the booking service's defaults apply. */
    public EventPublished(UUID eventId, UUID organizerId, String title, String venue, String timeZone,
                          List<Session> sessions, List<TicketType> ticketTypes, Instant publishedAt,
                          List<Duration> reminderLeads) {
        this(eventId, organizerId, title, venue, timeZone, sessions, ticketTypes, publishedAt, reminderLeads, null,
                null);
    }

    public record Session(UUID sessionId, String name, Instant startsAt, Instant endsAt) {
    }

    /**
     * {@code maxSeatsPerUser} caps the seats one user may hold of this ticket type in one session; absent means the
     * booking service's default.
     */
    public record TicketType(UUID ticketTypeId, String name, Money price, int capacity, Integer maxSeatsPerUser) {
    }
}
