package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.domain.EventChange;
import com.evently.ticketing.notification.domain.EventHolder;
import com.evently.ticketing.notification.domain.MailTopic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * An event's description changed: when it now takes place somewhere else than a holder of an upcoming booking was
 * told, or its session times are now given in another time zone than the one the holder's were written in, that
 * holder gets one mail saying what changed (unless they opted out of event changes). Published sessions never move
 * (event-service refuses it), so a time zone is the one change that alters when a session reads as happening. The
 * local copy of the event's details is brought up to date either way, so reminders name the new venue and zone.
 */
public final class NotifyingEventChange {

    private final HeldBookings bookings;
    private final MailPreferencesStore preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final QueueingMail queueingMail;
    private final Locale language;
    private final Clock clock;

    public NotifyingEventChange(HeldBookings bookings, MailPreferencesStore preferences,
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
        for (EventHolder holder : bookings.upcomingHolders(eventId, clock.instant())) {
            mailed += EventChange.toldTo(holder, eventId, version, title, venue, timeZone)
                    .filter(change -> notify(holder, change)).isPresent() ? 1 : 0;
        }
        bookings.eventDescribed(eventId, title, venue, timeZone);
        return mailed;
    }

    private boolean notify(EventHolder holder, EventChange change) {
        if (!preferences.of(holder.userId()).allows(MailTopic.EVENT_CHANGES)) {
            return false;
        }
        return queueingMail.queue(change.notice(holder.userId(), holder.holder(), language,
                unsubscribeLinks.linkFor(holder.userId(), MailTopic.EVENT_CHANGES))) == QueueOutcome.QUEUED;
    }
}
