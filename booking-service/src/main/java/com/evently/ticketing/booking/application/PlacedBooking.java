package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;

/** The booking a request stands for: confirmed just now, or found again for a retried idempotency key. */
public sealed interface PlacedBooking {

    Booking booking();

    record Confirmed(Booking booking) implements PlacedBooking {
    }

    /** The same request was made before with this key: this is that request's booking, unchanged. */
    record Replayed(Booking booking) implements PlacedBooking {
    }
}
