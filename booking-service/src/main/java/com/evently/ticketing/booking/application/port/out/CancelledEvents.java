package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.EventCancellation;

import java.util.Optional;
import java.util.UUID;

/** The cancellations booking has learned about, including those of events it never received. */
public interface CancelledEvents {

    /** Remembers the cancellation unless the event is already known to be cancelled: the first notice stays. */
    void addIfAbsent(EventCancellation cancellation);

    Optional<EventCancellation> find(UUID eventId);
}
