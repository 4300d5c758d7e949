package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.CloneEventCommand;
import com.evently.ticketing.event.domain.Rescheduling;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/events/{id}/clone}: when the copy's first session starts, or how far every
 * session moves ({@code P7D}, {@code P1M}, {@code PT2H}), and optionally its title.
 */
record CloneEventRequest(OffsetDateTime startsAt, @Size(max = 20) String shiftBy, @Size(max = 200) String title) {

    CloneEventCommand toCommand(UUID eventId) {
        return new CloneEventCommand(eventId, startsAt == null ? null : startsAt.toInstant(),
                shiftBy == null ? null : Rescheduling.parse(shiftBy), title);
    }
}
