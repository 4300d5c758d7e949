package com.evently.ticketing.booking.domain;

/** A booking asked for more seats than one booking may take. */
public final class TooManySeats extends RuntimeException {

    private final int maxSeatsPerBooking;

    public TooManySeats(int requested, int maxSeatsPerBooking) {
        super("must be at most " + maxSeatsPerBooking + ", was " + requested);
        this.maxSeatsPerBooking = maxSeatsPerBooking;
    }

    public int maxSeatsPerBooking() {
        return maxSeatsPerBooking;
    }
}
