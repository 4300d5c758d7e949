package com.evently.ticketing.event.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What an event is, apart from its schedule and tickets. The time zone is the venue's: session times are
 * instants, and the zone says how to show them to attendees.
 *
 * @param reminderLeads when holders are reminded before each session; null when the organizer left that to the
 *                      notification service's default
 * @param bookingTerms  the cancellation cut-off and waiting-list offer lifetime the organizer chose, never null:
 *                      {@link BookingTerms#DEFAULTS} when none
 */
public record EventDetails(String title, String description, String venue, ZoneId timeZone,
                           ReminderLeads reminderLeads, BookingTerms bookingTerms) {

    public EventDetails {
        title = Text.required(title, "title");
        description = Text.optional(description);
        venue = Text.optional(venue);
        Objects.requireNonNull(timeZone, "timeZone");
        bookingTerms = bookingTerms == null ? BookingTerms.DEFAULTS : bookingTerms;
    }

    /** Details that leave reminders and booking terms to the other services' defaults. */
    public EventDetails(String title, String description, String venue, ZoneId timeZone) {
        this(title, description, venue, timeZone, null, null);
    }

    /** Details that leave booking terms to booking-service's defaults. */
    public EventDetails(String title, String description, String venue, ZoneId timeZone, ReminderLeads reminderLeads) {
        this(title, description, venue, timeZone, reminderLeads, null);
    }

    /** The same details under another title. */
    public EventDetails titled(String newTitle) {
        return new EventDetails(newTitle, description, venue, timeZone, reminderLeads, bookingTerms);
    }
}
