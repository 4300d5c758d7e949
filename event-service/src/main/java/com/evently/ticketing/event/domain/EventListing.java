package com.evently.ticketing.event.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which events a search may return, as decided from the caller: the statuses listed, whose events, and whose
 * drafts. A search never widens it.
 *
 * @param statuses     only events in one of these
 * @param organizerId  only this organizer's events; null for everyone's
 * @param draftsOf     drafts only of this organizer; null when no draft is restricted (an admin's listing, or
 *                     one without drafts)
 * @param now          what "has not ended yet" compares with
 */
public record EventListing(Set<EventStatus> statuses, UUID organizerId, UUID draftsOf, Instant now) {

    public EventListing {
        statuses = Set.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("a listing shows at least one status");
        }
        Objects.requireNonNull(now, "now");
    }
}
