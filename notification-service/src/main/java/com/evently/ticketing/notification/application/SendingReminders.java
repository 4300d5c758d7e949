package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.SessionReminder;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Queues the reminders that are due: every confirmed booking whose session starts within one of its event's lead
 * times (the organizer's, else {@code defaults}), unless its holder opted out of reminders; each reminder carries
 * its one-click unsubscribe link. Safe to run on several replicas at once and as often as wished: a reminder is
 * recorded as sent and queued in one transaction, and only the run that records it queues it.
 */
public final class SendingReminders {

    private final HeldBookings bookings;
    private final MailPreferencesStore preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final QueueingMail queueingMail;
    private final Transactions transactions;
    private final ReminderSchedule defaults;
    private final int batchSize;
    private final Locale language;
    private final Clock clock;

    public SendingReminders(HeldBookings bookings, MailPreferencesStore preferences, UnsubscribeLinks unsubscribeLinks,
                            QueueingMail queueingMail, Transactions transactions, ReminderSchedule defaults,
                            int batchSize, Locale language, Clock clock) {
        this.bookings = bookings;
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
        this.queueingMail = queueingMail;
        this.transactions = transactions;
        this.defaults = defaults;
        this.batchSize = batchSize;
        this.language = language;
        this.clock = clock;
    }

    /** @return how many reminders this run queued */
    public int sendDue() {
        Instant now = clock.instant();
        int queued = 0;
        List<SessionReminder> due;
        do {
            // each pass settles what it read (sent, or recorded for a holder who opted out), so the next reads on
            due = bookings.due(now, defaults, batchSize);
            for (SessionReminder reminder : due) {
                if (transactions.inTransaction(() -> remind(reminder, now))) {
                    queued++;
                }
            }
        } while (due.size() == batchSize);
        return queued;
    }

    /**
     * Recorded even when the holder opted out, so the reminder is settled and not looked at again; only the run
     * that recorded it queues the mail.
     */
    private boolean remind(SessionReminder reminder, Instant now) {
        if (!bookings.markSent(reminder, now)) {
            return false;
        }
        UUID holder = reminder.booking().userId();
        if (!preferences.of(holder).allows(MailTopic.REMINDERS)) {
            return false;
        }
        return queueingMail.queue(reminder.notice(language, unsubscribeLinks.linkFor(holder, MailTopic.REMINDERS)))
                == QueueOutcome.QUEUED;
    }
}
