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
 */
public record EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                           String timeZone, long version, Instant updatedAt, List<Duration> reminderLeads) {

    /** An update without reminder leads of its own: the notification service's default applies. */
    public EventUpdated(UUID eventId, UUID organizerId, String title, String description, String venue,
                        String timeZone, long version, Instant updatedAt) {
        this(eventId, organizerId, title, description, venue, timeZone, version, updatedAt, null);
    }
}
