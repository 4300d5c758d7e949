package com.evently.ticketing.booking.domain;

public enum BookingStatus {
    CONFIRMED
}
