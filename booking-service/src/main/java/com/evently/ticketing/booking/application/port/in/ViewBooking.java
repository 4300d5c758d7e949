package com.evently.ticketing.booking.application.port.in;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.platform.domain.Caller;

public interface ViewBooking {

    /** @throws BookingNotFound when there is no such booking or it is not the actor's to see */
    Booking view(BookingId id, Caller actor);
}
