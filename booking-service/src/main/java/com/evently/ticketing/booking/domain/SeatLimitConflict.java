package com.evently.ticketing.booking.domain;

/** One user would hold more seats of a line than the line allows one user to hold. */
public final class SeatLimitConflict extends RuntimeException {

    private final int maxSeatsPerUser;
    private final int held;

    public SeatLimitConflict(int maxSeatsPerUser, int held, int requested) {
        super("At most " + maxSeatsPerUser + " seat(s) of this session and ticket type per person; you hold " + held
                + ", " + requested + " more requested");
        this.maxSeatsPerUser = maxSeatsPerUser;
        this.held = held;
    }

    public int maxSeatsPerUser() {
        return maxSeatsPerUser;
    }

    public int held() {
        return held;
    }
}
