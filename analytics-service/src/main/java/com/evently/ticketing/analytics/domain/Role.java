package com.evently.ticketing.analytics.domain;

/** The platform roles; analytics only distinguishes admins from everybody else. */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN
}
