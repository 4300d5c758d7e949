package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/**
 * How many seats of one line one user may hold across all their confirmed bookings; a line may set its own
 * ({@link InventoryLine#maxSeatsPerUser()}), otherwise {@code defaultMaxSeatsPerUser} applies.
 */
public record UserSeatLimit(int defaultMaxSeatsPerUser) {

    public UserSeatLimit {
        if (defaultMaxSeatsPerUser < 1) {
            throw new InvalidInput("the per-user seat limit must be at least 1");
        }
    }

    public int maxOn(InventoryLine line) {
        return maxOf(line.maxSeatsPerUser());
    }

    private int maxOf(Integer lineMaxSeatsPerUser) {
        return lineMaxSeatsPerUser == null ? defaultMaxSeatsPerUser : lineMaxSeatsPerUser;
    }

    /**
     * @param held  seats of {@code line} the user holds now, not counting the ones this request gives back
     * @param added seats of {@code line} this request adds
     * @throws SeatLimitConflict when the user would hold more than the limit
     */
    public void check(InventoryLine line, int held, int added) {
        check(line.maxSeatsPerUser(), held, added);
    }

    /** {@link #check(InventoryLine, int, int)} for a sale that holds some of the line's buckets. */
    public void check(HeldSeats seats, int held, int added) {
        check(seats.maxSeatsPerUser(), held, added);
    }

    private void check(Integer lineMaxSeatsPerUser, int held, int added) {
        int max = maxOf(lineMaxSeatsPerUser);
        if (added > 0 && held + added > max) {
            throw new SeatLimitConflict(max, held, added);
        }
    }
}
