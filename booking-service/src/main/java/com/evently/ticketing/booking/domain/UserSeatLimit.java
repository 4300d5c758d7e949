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
        return line.maxSeatsPerUser() == null ? defaultMaxSeatsPerUser : line.maxSeatsPerUser();
    }

    /**
     * @param held  seats of {@code line} the user holds now, not counting the ones this request gives back
     * @param added seats of {@code line} this request adds
     * @throws SeatLimitReached when the user would hold more than the limit
     */
    public void check(InventoryLine line, int held, int added) {
        int max = maxOn(line);
        if (added > 0 && held + added > max) {
            throw new SeatLimitReached(max, held, added);
        }
    }
}
