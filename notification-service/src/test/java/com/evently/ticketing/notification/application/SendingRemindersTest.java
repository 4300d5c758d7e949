package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.QueuedMail;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import com.evently.ticketing.notification.testing.UseCaseFixture.SignedUnsubscribeLinks;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending the reminders that are due and planning an event's own lead times, against in-memory held bookings
 * (default leads 24 h and 2 h). Replicas racing on the real table are {@code SessionReminderMailTest}'s.
 */
class SendingRemindersTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final UUID eventId = UUID.randomUUID();

    @Test
    void queuesTheReminderOfASessionStartingWithinADayWithItsUnsubscribeLink() {
        UUID holder = UUID.randomUUID();
        HeldBooking booking = fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofHours(20)));

        int queued = fixture.sendingReminders(10).sendDue();

        assertThat(queued).isEqualTo(1);
        QueuedMail mail = fixture.mailQueue.single();
        assertThat(mail.mail().purpose()).isEqualTo(
                new MailPurpose.Reminder(booking.bookingId(), booking.sessionId(), Duration.ofHours(24)));
        assertThat(mail.mail().recipient()).isEqualTo("holder-" + holder + "@example.com");
        assertThat(mail.mail().content().subject()).isEqualTo("Reminder: Jazz Night is coming up");
        assertThat(fixture.unsubscribeLinks.verify(SignedUnsubscribeLinks.tokenOf(mail.mail().unsubscribe())))
                .isEqualTo(new Unsubscription(holder, MailTopic.REMINDERS));
    }

    @Test
    void aReminderIsQueuedOnceHoweverOftenTheJobRuns() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofHours(20)));

        int first = fixture.sendingReminders(10).sendDue();
        fixture.clock.advance(Duration.ofMinutes(5));
        int second = fixture.sendingReminders(10).sendDue();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(fixture.mailQueue.all()).hasSize(1);
    }

    @Test
    void closeToTheSessionOnlyTheShorterLeadsReminderGoesOut() {
        HeldBooking booking = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofMinutes(90)));

        fixture.sendingReminders(10).sendDue();

        assertThat(fixture.mailQueue.single().mail().purpose()).isEqualTo(
                new MailPurpose.Reminder(booking.bookingId(), booking.sessionId(), Duration.ofHours(2)));
    }

    @Test
    void bothLeadsRemindInTurnAsTheSessionComesCloser() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofHours(20)));

        int atTwentyHours = fixture.sendingReminders(10).sendDue();
        fixture.clock.advance(Duration.ofHours(19));
        int atOneHour = fixture.sendingReminders(10).sendDue();

        assertThat(List.of(atTwentyHours, atOneHour)).containsExactly(1, 1);
        assertThat(fixture.mailQueue.all()).extracting(mail -> ((MailPurpose.Reminder) mail.mail().purpose()).lead())
                .containsExactly(Duration.ofHours(24), Duration.ofHours(2));
    }

    @Test
    void aHolderWhoOptedOutIsNotMailedAndTheReminderIsSettled() {
        UUID holder = UUID.randomUUID();
        fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofHours(20)));
        fixture.changingMailPreferences().unsubscribe(
                SignedUnsubscribeLinks.tokenOf(fixture.unsubscribeLinks.linkFor(holder, MailTopic.REMINDERS)));

        int queued = fixture.sendingReminders(10).sendDue();

        assertThat(queued).isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
        assertThat(fixture.heldBookings.remindersRecorded()).as("recorded, so not looked at again").isEqualTo(1);
        // opting in again later does not bring back a reminder that was settled
        fixture.changingMailPreferences().change(
                new Caller(holder, Set.of()), true, true);
        assertThat(fixture.sendingReminders(10).sendDue()).isZero();
    }

    @Test
    void cancelledBookingsAndBookingsMadeAfterTheRemindersMomentAreNotReminded() {
        HeldBooking cancelled = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofHours(20)));
        fixture.heldBookings.cancelled(cancelled.bookingId());
        HeldBooking lateBooking = new HeldBooking(UUID.randomUUID(), UUID.randomUUID(),
                cancelled.holder(), eventId, UUID.randomUUID(), 1, NOW.minus(Duration.ofHours(1)),
                cancelled.event());
        fixture.heldBookings.confirmed(lateBooking);

        int queued = fixture.sendingReminders(10).sendDue();

        assertThat(queued).as("booked 21 h before a session 20 h away: after its 24 h reminder's moment").isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
    }

    @Test
    void everyDueReminderGoesOutInOneRunWhateverTheBatchSize() {
        for (int i = 0; i < 5; i++) {
            fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofHours(10 + i)));
        }

        int queued = fixture.sendingReminders(2).sendDue();

        assertThat(queued).isEqualTo(5);
        assertThat(fixture.mailQueue.all()).hasSize(5);
        assertThat(fixture.transactions.started).as("one transaction per reminder").isEqualTo(5);
    }

    @Test
    void anEventsOwnLeadsReplaceTheDefaults() {
        fixture.planningReminders().planned(eventId, PlanningReminders.AS_PUBLISHED,
                new ReminderSchedule(List.of(Duration.ofDays(3))));
        HeldBooking inTwoDays = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofDays(2)));
        fixture.heldBooking(UUID.randomUUID(), UUID.randomUUID(), NOW.plus(Duration.ofDays(2)));

        int queued = fixture.sendingReminders(10).sendDue();

        assertThat(queued).as("the other event keeps the defaults: nothing due two days ahead").isEqualTo(1);
        assertThat(fixture.mailQueue.single().mail().purpose()).isEqualTo(
                new MailPurpose.Reminder(inTwoDays.bookingId(), inTwoDays.sessionId(), Duration.ofDays(3)));
        fixture.clock.advance(Duration.ofDays(2).minusHours(1));
        fixture.sendingReminders(10).sendDue();
        assertThat(fixture.mailQueue.all())
                .filteredOn(mail -> ((MailPurpose.Reminder) mail.mail().purpose()).bookingId()
                        .equals(inTwoDays.bookingId()))
                .as("no 2 h reminder for this event").hasSize(1);
    }

    @Test
    void anEventThatChoseNoLeadsIsNotReminded() {
        fixture.planningReminders().planned(eventId, PlanningReminders.AS_PUBLISHED, new ReminderSchedule(List.of()));
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofMinutes(90)));

        assertThat(fixture.sendingReminders(10).sendDue()).isZero();
    }

    @Test
    void anOlderAnnouncementOfTheLeadsChangesNothingAndANewerOneWithoutLeadsBringsBackTheDefaults() {
        PlanningReminders planning = fixture.planningReminders();
        planning.planned(eventId, 3, new ReminderSchedule(List.of()));
        planning.planned(eventId, 2, new ReminderSchedule(List.of(Duration.ofHours(2))));
        HeldBooking booking = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofMinutes(90)));

        int whileNone = fixture.sendingReminders(10).sendDue();
        planning.planned(eventId, 4, null);
        int withDefaults = fixture.sendingReminders(10).sendDue();

        assertThat(whileNone).isZero();
        assertThat(withDefaults).isEqualTo(1);
        assertThat(fixture.mailQueue.single().mail().purpose()).isEqualTo(
                new MailPurpose.Reminder(booking.bookingId(), booking.sessionId(), Duration.ofHours(2)));
    }

    @Test
    void aSessionAlreadyStartedIsNotReminded() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.minus(Duration.ofMinutes(1)));

        assertThat(fixture.sendingReminders(10).sendDue()).isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
    }
}
