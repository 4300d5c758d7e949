package com.evently.ticketing.analytics.domain;

/** Whether an event still runs; a cancelled event stays cancelled, whatever arrives after. */
public enum EventStatus {
    PUBLISHED,
    CANCELLED
}
