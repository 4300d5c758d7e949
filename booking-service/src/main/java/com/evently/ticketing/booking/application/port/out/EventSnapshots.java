package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.CancellationCutoff;
import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;

import java.util.Optional;
import java.util.UUID;

/**
 * Booking's copy of each published event it heard of from the catalog (title, venue, sessions, ticket types):
 * enough to check and describe a booking without asking event-service.
 */
public interface EventSnapshots {

    /** Remembers the event unless it is already known: the first snapshot stays. */
    void addIfAbsent(EventSnapshot event);

    /**
     * Stores the sessions and ticket types of {@code extended} that are not stored yet, after the existing ones;
     * stored ones stay as they are. For a series that grows after publishing.
     */
    void addStructure(EventSnapshot extended);

    /**
     * Overwrites the event's title, venue and time zone with the revision's, if the event is known and the
     * revision is newer than what is stored (any revision is newer than the published snapshot).
     */
    void reviseIfNewer(EventRevision revision);

    Optional<EventSnapshot> find(UUID eventId);

    /** Until when before a session its bookings can be cancelled; the session's start unless the event says other. */
    CancellationCutoff cancellationCutoffOf(UUID eventId);
}
