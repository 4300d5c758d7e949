package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

public record JoinWaitlistCommand(Buyer buyer, InventoryLineKey line, int quantity) {

    public JoinWaitlistCommand {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(line, "line");
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
    }
}
