package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.domain.SeatBucket;

import java.util.ArrayList;
import java.util.List;

/**
 * How many bucket rows a new line's seats are spread over: one per {@code seatsPerBucket} seats of capacity, at least
 * one and at most {@code maxBuckets}. A small line stays one row (a bucket saves nothing where few buyers meet); a
 * big one gets enough rows for its concurrent buyers to lock different ones. The count is fixed when the line is
 * created; a capacity change moves seats into or out of the same buckets.
 */
public record BucketLayout(int seatsPerBucket, int maxBuckets) {

    public BucketLayout {
        if (seatsPerBucket < 1 || maxBuckets < 1 || maxBuckets > Short.MAX_VALUE) {
            throw new IllegalArgumentException("seatsPerBucket and maxBuckets must be at least 1, were "
                    + seatsPerBucket + " and " + maxBuckets);
        }
    }

    public int bucketsFor(int capacity) {
        return Math.clamp(capacity / seatsPerBucket, 1, maxBuckets);
    }

    /**
     * The buckets that change when a whole-line change moves the seats on sale by {@code seats} (negative: takes
     * them): each seat goes to the emptiest bucket, or comes from the fullest, so few rows are written and the
     * buckets drift towards even. Returns only the buckets that changed, in bucket order.
     */
    static List<SeatBucket> moveSeats(List<SeatBucket> buckets, int seats) {
        int[] available = buckets.stream().mapToInt(SeatBucket::available).toArray();
        for (int moved = 0; moved < Math.abs(seats); moved++) {
            int pick = 0;
            for (int i = 1; i < available.length; i++) {
                if (seats > 0 ? available[i] < available[pick] : available[i] > available[pick]) {
                    pick = i;
                }
            }
            available[pick] += seats > 0 ? 1 : -1;
            if (available[pick] < 0) {
                throw new IllegalStateException("cannot take " + -seats + " seat(s) from " + buckets);
            }
        }
        List<SeatBucket> changed = new ArrayList<>();
        for (int i = 0; i < available.length; i++) {
            if (available[i] != buckets.get(i).available()) {
                changed.add(new SeatBucket(buckets.get(i).number(), available[i]));
            }
        }
        return changed;
    }

    /** Bucket {@code number}'s share when {@code seats} are spread evenly over {@code buckets}: they differ by one at most. */
    static int share(int seats, int buckets, int number) {
        return seats / buckets + (number < seats % buckets ? 1 : 0);
    }
}
