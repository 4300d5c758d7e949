package com.evently.ticketing.booking.domain;

/** The booking was cancelled already: its seats went back once, and it cannot be cancelled or changed again. */
public final class BookingCancelledConflict extends RuntimeException {

    public BookingCancelledConflict(BookingId id) {
        super("Booking " + id + " is cancelled and cannot be changed");
    }
}
