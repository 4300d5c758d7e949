package com.evently.ticketing.booking.domain;

/** Whether an event booking knows of still sells seats. */
public enum SalesStatus {
    ON_SALE,
    CANCELLED,
    /** The event took place: nothing more is sold, its bookings stay. */
    COMPLETED
}
