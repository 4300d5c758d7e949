package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;

/**
 * The seats of one (session, ticket type) pair. {@code available} counts down from {@code capacity} as
 * seats are sold and never goes below zero: {@code available = capacity - confirmed seats >= 0}.
 */
public record InventoryLine(InventoryLineKey key, int capacity, int available) {

    public InventoryLine {
        Objects.requireNonNull(key, "key");
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1, was " + capacity);
        }
        if (available < 0 || available > capacity) {
            throw new InvalidInput("available must be within 0.." + capacity + ", was " + available);
        }
    }

    /** A line that has not sold anything yet. */
    public static InventoryLine unsold(InventoryLineKey key, int capacity) {
        return new InventoryLine(key, capacity, capacity);
    }

    /**
     * Takes {@code quantity} seats off this line and returns what is left.
     *
     * @throws SoldOut when fewer than {@code quantity} seats remain; nothing is taken then
     */
    public InventoryLine reserve(int quantity) {
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
        if (quantity > available) {
            throw new SoldOut(key, quantity, available);
        }
        return new InventoryLine(key, capacity, available - quantity);
    }
}
