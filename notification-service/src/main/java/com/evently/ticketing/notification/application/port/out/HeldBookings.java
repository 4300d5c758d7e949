package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.SessionReminder;
import com.evently.ticketing.notification.domain.VenueHolder;

import java.time.Duration;
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

    /** Holders of confirmed bookings of the event whose session is still to come, each once. */
    List<VenueHolder> upcomingHolders(UUID eventId, Instant now);

    /** The event's title, venue and zone as its publisher now describes them, for every booking of it. */
    void eventDescribed(UUID eventId, String title, String venue, ZoneId timeZone);

    /**
     * Reminders with lead {@code lead} due at {@code now} and not yet sent: the session starts within {@code lead}
     * but later than {@code shorterLead} (whose own reminder then supersedes it), and the booking was made before
     * the reminder's moment.
     */
    List<SessionReminder> due(Instant now, Duration lead, Duration shorterLead, int limit);

    /**
     * Records the reminder as sent; false when it already was (another replica got there first), and then nothing
     * is to be sent.
     */
    boolean markSent(SessionReminder reminder, Instant at);
}
