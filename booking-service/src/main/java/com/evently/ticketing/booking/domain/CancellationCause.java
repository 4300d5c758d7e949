package com.evently.ticketing.booking.domain;

/** Who or what cancelled a booking. */
public enum CancellationCause {
    BUYER,
    ADMIN,
    EVENT_CANCELLED,
    RSVP_DECLINED
}
