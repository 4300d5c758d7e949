package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.EventHolder;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.SessionReminder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The confirmed bookings this service reminds holders of, and which reminders went out. */
public interface HeldBookings {

    /** Remembers a confirmed booking; a booking already known (a redelivery, or since cancelled) stays as it is. */
    void confirmed(HeldBooking booking);

    /**
     * Moves a booking to its line after its {@code revision}-th change; an older change than the one already applied
     * changes nothing.
     */
    void changed(UUID bookingId, int revision, UUID sessionId, int quantity, EventDetails event);

    /** The booking as its calendar entry describes it; empty when this service never heard of the booking. */
    Optional<BookingCalendarEntry> calendarEntryOf(UUID bookingId);

    /** The booking's holder is reminded of nothing any more. */
    void cancelled(UUID bookingId);

    /** Holders of confirmed bookings of the event whose session is still to come, each once, with their next one. */
    List<EventHolder> upcomingHolders(UUID eventId, Instant now);

    /** The event's title, venue and zone as its publisher now describes them, for every booking of it. */
    void eventDescribed(UUID eventId, String title, String venue, ZoneId timeZone);

    /**
     * The reminder lead times the event's organizer chose as of {@code version} (null: the default); a version
     * older than the one recorded changes nothing.
     */
    void remindersPlanned(UUID eventId, long version, ReminderSchedule schedule);

    /**
     * Reminders due at {@code now} and not yet sent, at most {@code limit}: for each confirmed booking, the lead of
     * its event's schedule ({@code defaults} when the organizer chose none) within which its session now starts,
     * unless the next shorter lead's moment has come too (whose own reminder then supersedes it), and only if the
     * booking was made before the reminder's moment.
     */
    List<SessionReminder> due(Instant now, ReminderSchedule defaults, int limit);

    /**
     * Records the reminder as sent; false when it already was (another replica got there first), and then nothing
     * is to be sent.
     */
    boolean markSent(SessionReminder reminder, Instant at);
}
