package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;

import java.util.Optional;
import java.util.UUID;

/** The catalog events booking has learned about. */
public interface PublishedEvents {

    /** Remembers the event unless it is already known: the first snapshot stays. */
    void addIfAbsent(EventSnapshot event);

    /**
     * Overwrites the event's title, venue and time zone with the revision's, if the event is known and the
     * revision is newer than what is stored (any revision is newer than the published snapshot).
     */
    void reviseIfNewer(EventRevision revision);

    Optional<EventSnapshot> find(UUID eventId);
}
