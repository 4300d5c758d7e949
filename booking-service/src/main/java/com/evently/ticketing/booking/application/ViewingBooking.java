package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.in.BookingNotFound;
import com.evently.ticketing.booking.application.port.in.ViewBooking;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.platform.domain.Caller;

public final class ViewingBooking implements ViewBooking {

    private final Bookings bookings;

    public ViewingBooking(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public Booking view(BookingId id, Caller actor) {
        return bookings.find(id)
                .filter(booking -> booking.isVisibleTo(actor))
                .orElseThrow(() -> new BookingNotFound(id));
    }
}
