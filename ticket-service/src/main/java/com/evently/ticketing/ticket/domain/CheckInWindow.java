package com.evently.ticketing.ticket.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * When a ticket may be scanned, relative to its session: from {@code opensBefore} its start (doors open, early
 * queues) to {@code closesAfter} its end (or its start, when the end is unknown: late arrivals, re-entry).
 */
public record CheckInWindow(Duration opensBefore, Duration closesAfter) {

    public CheckInWindow {
        Objects.requireNonNull(opensBefore, "opensBefore");
        Objects.requireNonNull(closesAfter, "closesAfter");
        if (opensBefore.isNegative() || closesAfter.isNegative()) {
            throw new IllegalArgumentException("A check-in window does not end before the session or open after it");
        }
    }

    /** The claims of a ticket's pass; without a known session start the pass has no window. */
    public PassClaims claimsFor(UUID ticketId, UUID eventId, UUID sessionId, UUID ticketTypeId, TicketHolder holder,
                                EventSnapshot event) {
        Instant startsAt = event.sessionStartsAt();
        if (startsAt == null) {
            return new PassClaims(ticketId, eventId, sessionId, ticketTypeId, holder.initials(), null, null);
        }
        Instant endsAt = event.sessionEndsAt() != null ? event.sessionEndsAt() : startsAt;
        return new PassClaims(ticketId, eventId, sessionId, ticketTypeId, holder.initials(),
                startsAt.minus(opensBefore), endsAt.plus(closesAfter));
    }
}
