package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;

/** No such booking, or one the caller may not see: both answer the same so that ids leak nothing. */
public final class BookingNotFound extends RuntimeException {

    public BookingNotFound(BookingId id) {
        super("No booking " + id);
    }
}
