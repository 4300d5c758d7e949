package com.evently.ticketing.booking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The buckets of one line a seller holds locked: one bucket that has enough seats for the request, or buckets taken
 * in order until they have enough together, or every bucket of the line (then their sum is the line's
 * {@code available}, and a shortfall means sold out). Carries the line's settings the sale is checked against.
 *
 * @param maxSeatsPerUser the catalog's cap on one user's seats of the line, null for the service default
 * @param retired         the catalog took the ticket type off sale
 */
public record HeldSeats(InventoryLineKey key, Integer maxSeatsPerUser, boolean retired, List<SeatBucket> buckets) {

    public HeldSeats {
        Objects.requireNonNull(key, "key");
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("a hold takes at least one bucket of " + key);
        }
    }

    public int available() {
        return buckets.stream().mapToInt(SeatBucket::available).sum();
    }

    /**
     * Takes {@code quantity} seats from the held buckets, from the fullest one down, so that a multi-seat booking
     * changes as few rows as it can.
     *
     * @return the buckets that changed, with what they have left
     * @throws SoldOutConflict when the held buckets have fewer seats than asked for; nothing is taken then
     */
    public List<SeatBucket> take(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        if (quantity > available()) {
            throw new SoldOutConflict(key, quantity, available());
        }
        List<SeatBucket> changed = new ArrayList<>();
        int missing = quantity;
        for (SeatBucket bucket : buckets.stream()
                .sorted(Comparator.comparingInt(SeatBucket::available).reversed()).toList()) {
            if (missing == 0) {
                break;
            }
            int taken = Math.min(missing, bucket.available());
            if (taken > 0) {
                changed.add(bucket.less(taken));
                missing -= taken;
            }
        }
        return List.copyOf(changed);
    }
}
