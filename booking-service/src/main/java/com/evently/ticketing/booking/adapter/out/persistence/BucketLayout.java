package com.evently.ticketing.booking.adapter.out.persistence;

/**
 * How many bucket rows a new line's seats are spread over: one per {@code seatsPerBucket} seats of capacity, at least
 * one and at most {@code maxBuckets}. A small line stays one row (a bucket saves nothing where few buyers meet); a
 * big one gets enough rows for its concurrent buyers to lock different ones. The count is fixed when the line is
 * created; a capacity change spreads the new seats over the same buckets.
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

    /** Bucket {@code number}'s share when {@code seats} are spread evenly over {@code buckets}: they differ by one at most. */
    static int share(int seats, int buckets, int number) {
        return seats / buckets + (number < seats % buckets ? 1 : 0);
    }
}
