package com.evently.ticketing.notification.domain;

/** Who or what cancelled a booking; the mail's wording follows it. */
public enum CancellationCause {
    BUYER,
    ADMIN,
    /** The whole event was called off: the buyer gets one mail for the event, not one per booking. */
    EVENT_CANCELLED,
    RSVP_DECLINED
}
