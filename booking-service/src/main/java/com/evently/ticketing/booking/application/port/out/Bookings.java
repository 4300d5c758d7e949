package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;

import java.util.Optional;

public interface Bookings {

    void add(Booking booking);

    Optional<Booking> find(BookingId id);
}
