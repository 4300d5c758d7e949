package com.evently.ticketing.booking.application;

/** Only an admin lists somebody else's bookings. */
public final class BookingsOfOthersNotPermitted extends RuntimeException {

    public BookingsOfOthersNotPermitted() {
        super("Only an administrator may list another user's bookings");
    }
}
