package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * New descriptive details of a published event, numbered by the catalog: a higher {@code catalogVersion} is a
 * later revision. Only what booking shows on a booking (and tickets print) is kept, and the organizer's booking terms,
 * which the catalog sends whole with every revision: null means the organizer left that term to booking's default.
 */
public record EventRevision(UUID eventId, String title, String venue, String timeZone, long catalogVersion,
                            CancellationCutoff cancellationCutoff, Duration waitlistOfferLifetime) {

    public EventRevision {
        Objects.requireNonNull(eventId, "eventId");
        if (title == null || title.isBlank()) {
            throw new InvalidInput("a revised event needs a title");
        }
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInput("a revised event needs a time zone");
        }
        if (catalogVersion < 1) {
            throw new InvalidInput("catalog versions start at 1, was " + catalogVersion);
        }
        if (waitlistOfferLifetime != null && !waitlistOfferLifetime.isPositive()) {
            throw new InvalidInput("a waiting-list offer lasts a while, not " + waitlistOfferLifetime);
        }
    }

    /** A revision that leaves the booking terms to booking's defaults. */
    public EventRevision(UUID eventId, String title, String venue, String timeZone, long catalogVersion) {
        this(eventId, title, venue, timeZone, catalogVersion, null, null);
    }
}
