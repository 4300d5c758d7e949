package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLineKey;

/** Someone asked to wait for seats that can be booked right now. */
public final class SeatsStillOnSaleConflict extends RuntimeException {

    private final int available;

    public SeatsStillOnSaleConflict(InventoryLineKey line, int available) {
        super(available + " seat(s) of this session and ticket type can still be booked: book them instead of waiting");
        this.available = available;
    }

    public int available() {
        return available;
    }
}
