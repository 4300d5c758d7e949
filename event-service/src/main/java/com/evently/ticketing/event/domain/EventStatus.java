package com.evently.ticketing.event.domain;

/** Where an event is in its lifecycle: a draft is the organizer's working copy, a published event is on sale. */
public enum EventStatus {
    DRAFT,
    PUBLISHED
}
