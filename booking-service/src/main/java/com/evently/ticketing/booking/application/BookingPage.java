package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;

import java.util.List;

/** One page of bookings and how many match in all. */
public record BookingPage(List<Booking> bookings, long totalMatching) {

    public BookingPage {
        bookings = List.copyOf(bookings);
    }
}
