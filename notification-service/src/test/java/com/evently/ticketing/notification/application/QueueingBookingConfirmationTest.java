package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.Status;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static org.assertj.core.api.Assertions.assertThat;

/** The use case alone, against an in-memory queue and a fixed clock. */
class QueueingBookingConfirmationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final QueueingBookingConfirmation queueing =
            new QueueingBookingConfirmation(queue, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void queuesTheBookingsConfirmationDueAtOnce() {
        UUID bookingId = UUID.randomUUID();

        QueueOutcome outcome = queueing.queue(bookingConfirmation(bookingId));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        InMemoryMailQueue.QueuedMail queued = queue.single();
        assertThat(queued.mail().purpose()).isEqualTo(new MailPurpose.BookingTickets(bookingId));
        assertThat(queued.mail().recipient()).isEqualTo("holder-" + bookingId + "@example.com");
        assertThat(queued.mail().content().subject()).isEqualTo("Your tickets for Jazz Night");
        assertThat(queued.status()).isEqualTo(Status.PENDING);
        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void askingAgainForTheSameBookingQueuesNoSecondMail() {
        UUID bookingId = UUID.randomUUID();
        queueing.queue(bookingConfirmation(bookingId));

        QueueOutcome outcome = queueing.queue(bookingConfirmation(bookingId));

        assertThat(outcome).isEqualTo(QueueOutcome.ALREADY_QUEUED);
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void everyBookingGetsItsOwnMail() {
        queueing.queue(bookingConfirmation(UUID.randomUUID()));

        QueueOutcome outcome = queueing.queue(bookingConfirmation(UUID.randomUUID()));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.all()).hasSize(2);
    }
}
