package com.evently.ticketing.ticket.domain;

/** The platform's roles, as far as tickets care. */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN
}
