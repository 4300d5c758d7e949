package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;

/**
 * The seats of one (session, ticket type) pair. {@code available} counts down from {@code capacity} as
 * seats are sold and never goes below zero: {@code available = capacity - confirmed seats >= 0}.
 * {@code maxSeatsPerUser} is the catalog's cap on one user's seats of this line, null for the service default;
 * {@code retired} says the catalog took its ticket type off sale (it sells no more seats; its bookings stay).
 */
public record InventoryLine(InventoryLineKey key, int capacity, int available, Integer maxSeatsPerUser,
                            boolean retired) {

    public InventoryLine {
        Objects.requireNonNull(key, "key");
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1, was " + capacity);
        }
        if (available < 0 || available > capacity) {
            throw new InvalidInput("available must be within 0.." + capacity + ", was " + available);
        }
        if (maxSeatsPerUser != null && maxSeatsPerUser < 1) {
            throw new InvalidInput("maxSeatsPerUser must be at least 1, was " + maxSeatsPerUser);
        }
    }

    /** A line on sale. */
    public InventoryLine(InventoryLineKey key, int capacity, int available, Integer maxSeatsPerUser) {
        this(key, capacity, available, maxSeatsPerUser, false);
    }

    /** A line on sale, with the service's default per-user limit. */
    public InventoryLine(InventoryLineKey key, int capacity, int available) {
        this(key, capacity, available, null);
    }

    /** A line that has not sold anything yet. */
    public static InventoryLine unsold(InventoryLineKey key, int capacity) {
        return new InventoryLine(key, capacity, capacity);
    }

    /** A line that has not sold anything yet, with the catalog's per-user limit (null for the default). */
    public static InventoryLine unsold(InventoryLineKey key, int capacity, Integer maxSeatsPerUser) {
        return new InventoryLine(key, capacity, capacity, maxSeatsPerUser);
    }

    /**
     * Takes {@code quantity} seats off this line and returns what is left.
     *
     * @throws SoldOutConflict when fewer than {@code quantity} seats remain; nothing is taken then
     */
    public InventoryLine reserve(int quantity) {
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
        if (quantity > available) {
            throw new SoldOutConflict(key, quantity, available);
        }
        return new InventoryLine(key, capacity, available - quantity, maxSeatsPerUser, retired);
    }

    /** Seats no longer for sale: confirmed by bookings or held by open waiting-list offers. */
    public int sold() {
        return capacity - available;
    }

    /**
     * The line with a new capacity; what is sold stays sold, so the seats on sale move by the difference.
     *
     * @throws CapacityBelowSoldConflict when fewer seats would exist than are sold already; nothing changes then
     */
    public InventoryLine resizedTo(int newCapacity) {
        if (newCapacity < 1) {
            throw new InvalidInput("capacity must be at least 1, was " + newCapacity);
        }
        if (newCapacity < sold()) {
            throw new CapacityBelowSoldConflict(key, newCapacity, sold());
        }
        return new InventoryLine(key, newCapacity, newCapacity - sold(), maxSeatsPerUser, retired);
    }

    /** Puts {@code quantity} sold seats back; more than were sold is a bug, never a client's mistake. */
    public InventoryLine release(int quantity) {
        if (quantity < 1 || available + quantity > capacity) {
            throw new IllegalStateException("cannot give back " + quantity + " seat(s) to " + key + ", "
                    + (capacity - available) + " sold");
        }
        return new InventoryLine(key, capacity, available + quantity, maxSeatsPerUser, retired);
    }
}
