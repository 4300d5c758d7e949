package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What this service has heard of a booking beyond its tickets: the last change applied to them ({@code revision},
 * 0 before any) and whether the booking was cancelled. Booking events can arrive late or twice (a redrive from the
 * dead-letter topic, a re-publish), and this is what lets a stale one be recognised and change nothing.
 */
public record KnownBooking(UUID bookingId, int revision, Instant cancelledAt, String cancellationReason) {

    public KnownBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        if (revision < 0) {
            throw new IllegalArgumentException("A booking revision is never negative");
        }
        if ((cancelledAt == null) != (cancellationReason == null)) {
            throw new IllegalArgumentException("A cancelled booking has both a time and a reason");
        }
    }

    /** A booking nothing was heard of yet. */
    public static KnownBooking unseen(UUID bookingId) {
        return new KnownBooking(bookingId, 0, null, null);
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** A change of this revision or an older one was applied already, or superseded by a newer one. */
    public boolean isStale(int changeRevision) {
        return changeRevision <= revision;
    }

    public KnownBooking changedTo(int changeRevision) {
        return new KnownBooking(bookingId, Math.max(revision, changeRevision), cancelledAt, cancellationReason);
    }

    public KnownBooking cancelled(Instant at, String reason) {
        return new KnownBooking(bookingId, revision, at, reason);
    }
}
