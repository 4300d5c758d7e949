package com.evently.ticketing.booking.domain;

/** A booking holds its seats while CONFIRMED; a CANCELLED one gave them back, once, and never changes again. */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
