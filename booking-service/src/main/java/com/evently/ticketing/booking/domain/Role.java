package com.evently.ticketing.booking.domain;

/** What a caller may do, as granted by identity-service. */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN
}
