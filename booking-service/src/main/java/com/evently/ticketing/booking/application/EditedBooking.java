package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;

/** The booking an edit request stands for. */
public sealed interface EditedBooking {

    Booking booking();

    /** Seats moved just now. */
    record Edited(Booking booking) implements EditedBooking {
    }

    /** The request asked for what the booking already was: nothing moved, nothing was announced. */
    record Unchanged(Booking booking) implements EditedBooking {
    }

    /** The same request was made before with this key: this is the booking as it stands now. */
    record Replayed(Booking booking) implements EditedBooking {
    }
}
