package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.adapter.out.templates.ThymeleafMailTemplates;
import com.evently.ticketing.notification.domain.BookingCancellation;
import com.evently.ticketing.notification.domain.CancellationCause;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.KnownUser;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.testing.InMemoryKnownUsers;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.Status;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingCancellation;
import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static org.assertj.core.api.Assertions.assertThat;

/** The use case with the real templates, against an in-memory queue and a fixed clock. */
class QueueingMailTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final InMemoryKnownUsers knownUsers = new InMemoryKnownUsers();
    private final QueueingMail queueing =
            new QueueingMail(queue, new ThymeleafMailTemplates(), knownUsers, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void queuesTheBookingsConfirmationDueAtOnce() {
        UUID bookingId = UUID.randomUUID();

        QueueOutcome outcome = queueing.queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        InMemoryMailQueue.QueuedMail queued = queue.single();
        assertThat(queued.mail().purpose()).isEqualTo(new MailPurpose.BookingTickets(bookingId, null));
        assertThat(queued.mail().recipient()).isEqualTo("holder-" + bookingId + "@example.com");
        assertThat(queued.mail().content().subject()).isEqualTo("Your tickets for Jazz Night");
        assertThat(queued.status()).isEqualTo(Status.PENDING);
        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void aMailToAKnownUsersAddressIsWrittenInTheirLanguage() {
        UUID bookingId = UUID.randomUUID();
        knownUsers.remember(new KnownUser(UUID.randomUUID(),
                new Recipient("HOLDER-" + bookingId + "@example.com", "Ada"), Locale.GERMAN, NOW));

        queueing.queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));

        assertThat(queue.single().mail().content().subject()).isEqualTo("Ihre Tickets für Jazz Night");
    }

    @Test
    void aMailToAStrangerOrAUserWithoutAKnownOrWrittenLanguageKeepsTheDefault() {
        UUID withoutLanguage = UUID.randomUUID();
        UUID japanese = UUID.randomUUID();
        knownUsers.remember(new KnownUser(UUID.randomUUID(),
                new Recipient("holder-" + withoutLanguage + "@example.com", "Ada"), null, NOW));
        knownUsers.remember(new KnownUser(UUID.randomUUID(),
                new Recipient("holder-" + japanese + "@example.com", "Ada"), Locale.JAPANESE, NOW));

        queueing.queue(bookingConfirmation(UUID.randomUUID()).notice(Locale.GERMAN));
        queueing.queue(bookingConfirmation(withoutLanguage).notice(Locale.GERMAN));
        queueing.queue(bookingConfirmation(japanese).notice(Locale.GERMAN));

        assertThat(queue.all()).extracting(queued -> queued.mail().content().subject())
                .containsOnly("Ihre Tickets für Jazz Night");
    }

    @Test
    void askingAgainForTheSameBookingQueuesNoSecondMail() {
        UUID bookingId = UUID.randomUUID();
        queueing.queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));

        QueueOutcome outcome = queueing.queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));

        assertThat(outcome).isEqualTo(QueueOutcome.ALREADY_QUEUED);
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void everyBookingGetsItsOwnMail() {
        queueing.queue(bookingConfirmation(UUID.randomUUID()).notice(Locale.ENGLISH));

        QueueOutcome outcome = queueing.queue(bookingConfirmation(UUID.randomUUID()).notice(Locale.ENGLISH));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.all()).hasSize(2);
    }

    @Test
    void theCancellationsOfOneBuyersBookingsOfACancelledEventQueueOneMail() {
        BookingCancellation first = bookingCancellation(UUID.randomUUID(), CancellationCause.EVENT_CANCELLED);
        BookingCancellation second = new BookingCancellation(UUID.randomUUID(),
                first.buyerId(), first.buyer(), first.eventId(), 1, CancellationCause.EVENT_CANCELLED, null, first.event());
        queueing.queue(first.notice(Locale.ENGLISH));

        QueueOutcome outcome = queueing.queue(second.notice(Locale.ENGLISH));

        assertThat(outcome).isEqualTo(QueueOutcome.ALREADY_QUEUED);
        assertThat(queue.single().mail().purpose())
                .isEqualTo(new MailPurpose.CancelledEvent(first.eventId(), first.buyerId()));
    }

    @Test
    void aBuyersOwnCancellationsAreOneMailPerBooking() {
        BookingCancellation first = bookingCancellation(UUID.randomUUID(), CancellationCause.BUYER);
        BookingCancellation second = new BookingCancellation(UUID.randomUUID(),
                first.buyerId(), first.buyer(), first.eventId(), 1, CancellationCause.BUYER, null, first.event());
        queueing.queue(first.notice(Locale.ENGLISH));

        QueueOutcome outcome = queueing.queue(second.notice(Locale.ENGLISH));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.all()).extracting(mail -> mail.mail().purpose()).containsExactly(
                new MailPurpose.CancelledBooking(first.bookingId()), new MailPurpose.CancelledBooking(second.bookingId()));
    }
}
