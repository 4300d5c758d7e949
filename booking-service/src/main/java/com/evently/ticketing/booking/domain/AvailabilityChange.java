package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A line whose seats differ from what was last announced about it; {@code lastObservedAt} is when that was (empty
 * for a line never announced).
 */
public record AvailabilityChange(InventoryLine line, Optional<Instant> lastObservedAt) {

    public AvailabilityChange {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(lastObservedAt, "lastObservedAt");
    }

    /**
     * The notice to send, observed {@code now}, or just after the previous notice if this replica's clock is
     * behind the one that sent it: consumers keep the latest {@code observedAt} per line, so it must only grow.
     */
    public AvailabilityNotice noticeAt(Instant now) {
        Instant observedAt = now.truncatedTo(ChronoUnit.MICROS);
        if (lastObservedAt.isPresent() && !observedAt.isAfter(lastObservedAt.get())) {
            observedAt = lastObservedAt.get().plus(1, ChronoUnit.MICROS);
        }
        return new AvailabilityNotice(line, observedAt);
    }
}
