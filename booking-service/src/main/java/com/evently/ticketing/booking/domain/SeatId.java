package com.evently.ticketing.booking.domain;

import java.util.Objects;
import java.util.UUID;

/** One sold seat; downstream services key their records by it (one ticket per seat). */
public record SeatId(UUID value) {

    public SeatId {
        Objects.requireNonNull(value, "value");
    }

    public static SeatId random() {
        return new SeatId(UUID.randomUUID());
    }
}
