package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.SeatId;

import java.time.Instant;
import java.util.Objects;

public record MarkSeatCheckedInCommand(SeatId seatId, Instant checkedInAt) {

    public MarkSeatCheckedInCommand {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
