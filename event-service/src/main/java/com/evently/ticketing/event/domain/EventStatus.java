package com.evently.ticketing.event.domain;

/**
 * Where an event is in its lifecycle: a draft is the organizer's working copy, a published event is on sale,
 * a cancelled event was called off after publishing and stays readable so buyers can see what happened, a
 * completed event has had its last session end: nothing more is sold, and it stays readable as a past event.
 */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED
}
