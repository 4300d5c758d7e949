package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The event as it was when the booking was confirmed, kept with the ticket so that it can be printed
 * without asking the catalogue. The contract makes every part optional, so only the time zone (needed to
 * show the start time) is required; a missing zone is the caller's to default.
 */
public record EventSnapshot(
        String title,
        String venue,
        ZoneId timeZone,
        String sessionName,
        Instant sessionStartsAt,
        Instant sessionEndsAt,
        String ticketTypeName) {

    public EventSnapshot {
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
