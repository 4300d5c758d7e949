package com.evently.ticketing.event.domain;

/** The roles identity-service grants; the catalog cares about who may organize and who may do anything. */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN
}
