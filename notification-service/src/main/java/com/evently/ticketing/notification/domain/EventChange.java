package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What changed about an event for one holder of its upcoming bookings: it moved to another venue, or its sessions
 * are now given in another time zone (a session's moment stays; the clock time written on the holder's mails and
 * tickets does not), or both. One mail per holder and event version, whatever changed.
 *
 * @param version          the event's version after the change, so a later change is a mail of its own
 * @param venue            the new venue; null when the venue did not change
 * @param timeZone         the new time zone; null when it did not change
 * @param sessionName      the holder's next session, whose start the mail gives in both zones
 */
public record EventChange(UUID eventId, long version, String title, String previousVenue, String venue,
                          ZoneId previousTimeZone, ZoneId timeZone, String sessionName, Instant sessionStartsAt) {

    public EventChange {
        Objects.requireNonNull(eventId, "eventId");
        if (venue == null && timeZone == null) {
            throw new IllegalArgumentException("An event change changes the venue, the time zone or both");
        }
    }

    /**
     * What the holder has not been told yet: a venue other than the one they know, a zone other than the one their
     * times were written in. Empty when neither differs (a new title alone sends no mail), or when the new value
     * is unknown.
     */
    public static Optional<EventChange> toldTo(EventHolder holder, UUID eventId, long version, String title,
                                               String venue, ZoneId timeZone) {
        String newVenue = venue != null && !venue.isBlank() && !venue.equals(holder.knownVenue()) ? venue : null;
        ZoneId newZone = timeZone != null && !timeZone.equals(holder.knownTimeZone()) ? timeZone : null;
        if (newVenue == null && newZone == null) {
            return Optional.empty();
        }
        return Optional.of(new EventChange(eventId, version, title, holder.knownVenue(), newVenue,
                holder.knownTimeZone(), newZone, holder.nextSessionName(), holder.nextSessionStartsAt()));
    }

    /** @param unsubscribe the holder's one-click link to stop event-change mails */
    public Notice notice(UUID holderId, Recipient holder, Locale locale, URI unsubscribe) {
        Letter.Builder letter = Letter.of(MailKind.EVENT_CHANGED, locale)
                .with("name", holder.name())
                .with("eventTitle", title)
                .with("unsubscribeLink", unsubscribe.toString());
        if (venue != null) {
            letter.with("venue", venue).with("previousVenue", previousVenue);
        }
        if (timeZone != null && sessionStartsAt != null) {
            // the same moment on the clocks of the new zone, then as the holder was told it before
            letter.with("sessionName", sessionName)
                    .with("sessionStartsAt", sessionStartsAt.atZone(timeZone))
                    .with("previousStartsAt", sessionStartsAt.atZone(previousTimeZone));
        }
        if (timeZone != null) {
            letter.with("timeZone", timeZone.getId());
        }
        letter.with(Letter.SUBJECT_VARIANT,
                venue == null ? "time-zone" : timeZone == null ? null : "venue-and-time-zone");
        return new Notice(new MailPurpose.ChangedEvent(eventId, version, holderId), holder, letter.build(),
                unsubscribe);
    }
}
