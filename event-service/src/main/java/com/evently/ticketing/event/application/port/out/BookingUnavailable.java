package com.evently.ticketing.event.application.port.out;

/** Booking-service could not confirm a change: nothing was changed by the catalog, the organizer may retry. */
public class BookingUnavailable extends RuntimeException {

    public BookingUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
