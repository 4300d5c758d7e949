package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An event moved to another venue: holders of its upcoming bookings are told, once per holder and event version.
 *
 * @param version the event's version after the change, so a later move is a mail of its own
 */
public record VenueChange(UUID eventId, long version, String title, String previousVenue, String venue) {

    public VenueChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(venue, "venue");
    }

    /** @param unsubscribe the holder's one-click link to stop event-change mails */
    public Notice notice(UUID holderId, Recipient holder, Locale locale, URI unsubscribe) {
        return new Notice(new MailPurpose.ChangedEvent(eventId, version, holderId), holder,
                Letter.of(MailKind.EVENT_CHANGED, locale)
                        .with("name", holder.name())
                        .with("eventTitle", title)
                        .with("venue", venue)
                        .with("previousVenue", previousVenue)
                        .with("unsubscribeLink", unsubscribe.toString())
                        .build(),
                unsubscribe);
    }
}
