package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.SeatTransfer;

import java.util.Objects;

public record UpdateSeatHolderCommand(SeatTransfer transfer) {

    public UpdateSeatHolderCommand {
        Objects.requireNonNull(transfer, "transfer");
    }
}
