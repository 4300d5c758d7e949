package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Rescheduling;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Run an event again: a copy whose first session starts at {@code startsAt}, or whose sessions all move by
 * {@code shiftBy} — exactly one of the two.
 *
 * @param title the copy's title; null keeps the original's
 */
public record CloneEventCommand(UUID eventId, Instant startsAt, Rescheduling shiftBy, String title) {

    public CloneEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        if ((startsAt == null) == (shiftBy == null)) {
            throw new InvalidInput("give either startsAt (the copy's first session) or shiftBy (e.g. P7D), not both");
        }
    }
}
