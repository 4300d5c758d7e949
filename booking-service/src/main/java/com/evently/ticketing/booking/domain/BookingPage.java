package com.evently.ticketing.booking.domain;

import java.util.List;

/** One page of bookings and how many match in all. */
public record BookingPage(List<Booking> bookings, long totalMatching) {

    public BookingPage {
        bookings = List.copyOf(bookings);
    }
}
