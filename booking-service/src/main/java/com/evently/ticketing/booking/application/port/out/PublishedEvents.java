package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.EventSnapshot;

import java.util.Optional;
import java.util.UUID;

/** The catalog events booking has learned about. */
public interface PublishedEvents {

    /** Remembers the event unless it is already known: the first snapshot stays. */
    void addIfAbsent(EventSnapshot event);

    Optional<EventSnapshot> find(UUID eventId);
}
