package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.platform.domain.Caller;

public final class ViewingBooking {

    private final Bookings bookings;

    public ViewingBooking(Bookings bookings) {
        this.bookings = bookings;
    }

    /** @throws BookingNotFound when there is no such booking or it is not the actor's to see */
    public Booking view(BookingId id, Caller actor) {
        return bookings.find(id)
                .filter(booking -> booking.isVisibleTo(actor))
                .orElseThrow(() -> new BookingNotFound(id));
    }
}
