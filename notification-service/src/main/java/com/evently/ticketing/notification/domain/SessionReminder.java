package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A reminder to the holder of a booking that its session starts in about {@code lead} (24 hours, 2 hours…). One
 * per booking, session and lead: a booking moved to another session is reminded of the new one.
 */
public record SessionReminder(HeldBooking booking, Duration lead) {

    public SessionReminder {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(lead, "lead");
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("A reminder comes before the session, lead was " + lead);
        }
    }

    /**
     * How the mail says how soon: in minutes below an hour, in days from two days on (an organizer may choose
     * anything from 15 minutes to 14 days), in hours otherwise, rounded to the nearest.
     */
    private String leadUnit() {
        if (lead.compareTo(Duration.ofHours(1)) < 0) {
            return "leadMinutes";
        }
        return lead.compareTo(Duration.ofDays(2)) >= 0 ? "leadDays" : "leadHours";
    }

    private long leadAmount() {
        Duration unit = switch (leadUnit()) {
            case "leadMinutes" -> Duration.ofMinutes(1);
            case "leadDays" -> Duration.ofDays(1);
            default -> Duration.ofHours(1);
        };
        return Math.round((double) lead.toSeconds() / unit.toSeconds());
    }

    /** @param unsubscribe the holder's one-click link to stop reminders */
    public Notice notice(Locale locale, URI unsubscribe) {
        return new Notice(new MailPurpose.Reminder(booking.bookingId(), booking.sessionId(), lead), booking.holder(),
                Letter.of(MailKind.SESSION_REMINDER, locale)
                        .with("name", booking.holder().name())
                        .with(booking.event())
                        .with("quantity", booking.quantity())
                        .with("bookingReference", booking.bookingId().toString())
                        .with(leadUnit(), leadAmount())
                        .with("unsubscribeLink", unsubscribe == null ? null : unsubscribe.toString())
                        .build(),
                unsubscribe);
    }
}
