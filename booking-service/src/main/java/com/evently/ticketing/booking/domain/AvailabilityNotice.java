package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;

/** What the catalog is told about one line: its capacity and seats left as of {@code observedAt}. */
public record AvailabilityNotice(InventoryLine line, Instant observedAt) {

    public AvailabilityNotice {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
