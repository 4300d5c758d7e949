package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a mail says about the event a booking is for, as the publisher's snapshot described it. Every detail is
 * optional (older publishers leave some out); times are shown in the event's own zone, UTC when unknown.
 */
public record EventDetails(String title, String venue, ZoneId timeZone, String sessionName, Instant sessionStartsAt,
                           String ticketTypeName, Instant sessionEndsAt) {

    /** Details that do not say when the session ends: mails show only its start. */
    public EventDetails(String title, String venue, ZoneId timeZone, String sessionName, Instant sessionStartsAt,
                        String ticketTypeName) {
        this(title, venue, timeZone, sessionName, sessionStartsAt, ticketTypeName, null);
    }

    /** Named "UTC" in mails, where {@code ZoneOffset.UTC} would say "Z". */
    static final ZoneId UTC = ZoneId.of("UTC");

    public EventDetails {
        title = blankToNull(title);
        venue = blankToNull(venue);
        sessionName = blankToNull(sessionName);
        ticketTypeName = blankToNull(ticketTypeName);
        timeZone = timeZone == null ? UTC : timeZone;
    }

    public static EventDetails unknown() {
        return new EventDetails(null, null, null, null, null, null);
    }

    void describeIn(Letter.Builder letter) {
        letter.with("eventTitle", title)
                .with("venue", venue)
                .with("sessionName", sessionName)
                // the time at the venue, whatever zone the reader or this server is in
                .with("sessionStartsAt", sessionStartsAt == null ? null : sessionStartsAt.atZone(timeZone))
                .with("ticketTypeName", ticketTypeName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
