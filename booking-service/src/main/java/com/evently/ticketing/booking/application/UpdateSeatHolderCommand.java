package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;

import java.util.Objects;

public record UpdateSeatHolderCommand(SeatId seatId, SeatHolder holder) {

    public UpdateSeatHolderCommand {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(holder, "holder");
    }
}
