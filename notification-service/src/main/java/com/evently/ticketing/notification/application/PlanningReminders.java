package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.ReminderSchedule;

import java.util.UUID;

/**
 * Remembers the reminder lead times an event's organizer chose, from the catalog's announcements, for
 * {@link SendingReminders} to remind that event's holders by. An event that chose none is reminded at the
 * configured default.
 */
public final class PlanningReminders {

    /** The version EventPublished stands for: every EventUpdated of the event comes later and carries a higher one. */
    public static final long AS_PUBLISHED = 0;

    private final HeldBookings bookings;

    public PlanningReminders(HeldBookings bookings) {
        this.bookings = bookings;
    }

    /**
     * @param version  the event's version the schedule belongs to; an older one than already known changes nothing
     * @param schedule the organizer's choice, possibly without any lead (no reminders); null for the default
     */
    public void planned(UUID eventId, long version, ReminderSchedule schedule) {
        bookings.remindersPlanned(eventId, version, schedule);
    }
}
