package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/** How many seats one booking may take, so that one buyer cannot empty a line in one request. */
public record SeatLimit(int maxSeatsPerBooking) {

    public SeatLimit {
        if (maxSeatsPerBooking < 1) {
            throw new InvalidInput("the seat limit must be at least 1");
        }
    }

    /** @throws TooManySeats when {@code quantity} is over the limit */
    public void check(int quantity) {
        if (quantity > maxSeatsPerBooking) {
            throw new TooManySeats(quantity, maxSeatsPerBooking);
        }
    }
}
