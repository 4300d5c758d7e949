package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What a held booking's calendar entry says: its session, seats, how often it was changed (a calendar app updates
 * an entry whose sequence grew) and whether it still stands.
 */
public record BookingCalendarEntry(UUID bookingId, int revision, boolean cancelled, int quantity, EventDetails event) {

    public BookingCalendarEntry {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(event, "event");
    }

    /** Without a session start there is nothing to put in a calendar. */
    public boolean isDated() {
        return event.sessionStartsAt() != null;
    }
}
