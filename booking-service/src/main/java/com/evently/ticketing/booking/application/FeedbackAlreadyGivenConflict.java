package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;

/** A booking carries one feedback; it is not replaced. */
public final class FeedbackAlreadyGivenConflict extends RuntimeException {

    public FeedbackAlreadyGivenConflict(BookingId bookingId) {
        super("Feedback for booking " + bookingId + " was already given");
    }
}
