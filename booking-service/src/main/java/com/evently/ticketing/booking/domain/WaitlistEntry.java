package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A user waiting for {@code quantity} seats of a sold-out line; served in the order they joined. */
public record WaitlistEntry(UUID id, Buyer buyer, InventoryLineKey line, int quantity, Instant joinedAt) {

    public WaitlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
    }

    public static WaitlistEntry join(Buyer buyer, InventoryLineKey line, int quantity, Instant now) {
        return new WaitlistEntry(UUID.randomUUID(), buyer, line, quantity, now);
    }

    /** Whether what is left on the line would satisfy this entry. */
    public boolean fitsIn(InventoryLine line) {
        return quantity <= line.available();
    }
}
