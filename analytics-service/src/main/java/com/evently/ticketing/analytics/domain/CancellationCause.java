package com.evently.ticketing.analytics.domain;

/** Who or what cancelled a booking, as booking-service names it. */
public enum CancellationCause {
    BUYER,
    ADMIN,
    EVENT_CANCELLED,
    RSVP_DECLINED
}
