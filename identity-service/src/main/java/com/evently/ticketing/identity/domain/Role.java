package com.evently.ticketing.identity.domain;

/** What a user may do across the suite (DESIGN.md §8); every user has at least {@link #USER}. */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN
}
