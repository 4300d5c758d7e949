package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.EventCompletion;

import java.util.Optional;
import java.util.UUID;

/** The completions booking has learned about, including those of events it never received. */
public interface CompletedEvents {

    /** Remembers the completion unless the event is already known to be completed: the first notice stays. */
    void addIfAbsent(EventCompletion completion);

    Optional<EventCompletion> find(UUID eventId);
}
