package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.VenueChange;
import com.evently.ticketing.notification.domain.VenueHolder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An event's description changed: when it now takes place somewhere else than a holder of an upcoming booking
 * was told, that holder gets one mail (unless they opted out of event changes). The local copy of the event's
 * details is brought up to date either way, so reminders name the new venue.
 */
public final class NotifyingVenueChange {

    private final HeldBookings bookings;
    private final MailPreferencesStore preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final QueueingMail queueingMail;
    private final Locale language;
    private final Clock clock;

    public NotifyingVenueChange(HeldBookings bookings, MailPreferencesStore preferences,
                                UnsubscribeLinks unsubscribeLinks, QueueingMail queueingMail, Locale language,
                                Clock clock) {
        this.bookings = bookings;
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
        this.queueingMail = queueingMail;
        this.language = language;
        this.clock = clock;
    }

    /** @return how many holders were mailed */
    public int eventDescribed(UUID eventId, long version, String title, String venue, ZoneId timeZone) {
        int mailed = 0;
        if (venue != null && !venue.isBlank()) {
            for (VenueHolder holder : bookings.upcomingHolders(eventId, clock.instant())) {
                if (!Objects.equals(holder.knownVenue(), venue) && notify(holder,
                        new VenueChange(eventId, version, title, holder.knownVenue(), venue))) {
                    mailed++;
                }
            }
        }
        bookings.eventDescribed(eventId, title, venue, timeZone);
        return mailed;
    }

    private boolean notify(VenueHolder holder, VenueChange change) {
        if (!preferences.of(holder.userId()).allows(MailTopic.EVENT_CHANGES)) {
            return false;
        }
        return queueingMail.queue(change.notice(holder.userId(), holder.holder(), language,
                unsubscribeLinks.linkFor(holder.userId(), MailTopic.EVENT_CHANGES))) == QueueOutcome.QUEUED;
    }
}
