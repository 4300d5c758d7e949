package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;

import java.util.Objects;

public record StockInventoryCommand(EventSnapshot event) {

    public StockInventoryCommand {
        Objects.requireNonNull(event, "event");
    }
}
