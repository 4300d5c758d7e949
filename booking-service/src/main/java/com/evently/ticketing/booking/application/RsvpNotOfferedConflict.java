package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;

/** Only bookings of free ticket types carry an RSVP; a paid seat is cancelled instead. */
public final class RsvpNotOfferedConflict extends RuntimeException {

    public RsvpNotOfferedConflict(BookingId id) {
        super("Booking " + id + " is for a paid ticket type: it takes no RSVP, cancel it instead");
    }
}
