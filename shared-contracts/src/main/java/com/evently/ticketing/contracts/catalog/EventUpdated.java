package com.evently.ticketing.contracts.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The descriptive details of a published event changed (its sessions and ticket types did not). Every detail is
 * carried, changed or not.
 *
 * @param reminderLeads as in {@link EventPublished}: the organizer's reminder lead times, empty for none, absent
 *                      (null) for the notification service's default
 * @param cancellationCutoff    as in {@link EventPublished}: absent (null) for cancellation until the session starts
 * @param waitlistOfferLifetime as in {@link EventPublished}: absent (null) for the booking service's default
 */
public record EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                           String timeZone, long version, Instant updatedAt, List<Duration> reminderLeads,
                           Duration cancellationCutoff, Duration waitlistOfferLifetime) {

    /** An update without reminder leads or booking terms of its own: the consumers' defaults apply. */
    public EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                        String timeZone, long version, Instant updatedAt) {
        this(eventId, organizerId, title, description, venue, timeZone, version, updatedAt, null);
    }

    /** An update without booking terms of its own (as before 1.2): the booking service's defaults apply. */
    public EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                        String timeZone, long version, Instant updatedAt, List<Duration> reminderLeads) {
        this(eventId, organizerId, title, description, venue, timeZone, version, updatedAt, reminderLeads, null, null);
    }
}
