package com.evently.ticketing.booking.domain;

/** Whether the holder of a free booking means to come; NOT_GOING gives the seats back. */
public enum RsvpAnswer {
    GOING,
    MAYBE,
    NOT_GOING
}
