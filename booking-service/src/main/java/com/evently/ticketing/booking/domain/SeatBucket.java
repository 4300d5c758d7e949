package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/**
 * One of the rows a line's seats on sale are spread over, so that buyers of one hot line lock different rows. The
 * line's {@code available} is the sum over its buckets; a bucket has no capacity of its own.
 */
public record SeatBucket(int number, int available) {

    public SeatBucket {
        if (number < 0) {
            throw new InvalidInput("bucket number must not be negative, was " + number);
        }
        if (available < 0) {
            throw new InvalidInput("a bucket's available seats must not be negative, was " + available);
        }
    }

    SeatBucket less(int seats) {
        return new SeatBucket(number, available - seats);
    }
}
