package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryBatch;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy;
import com.evently.ticketing.notification.domain.OutboundMail;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.evently.ticketing.notification.testing.Occasions.mailOf;
import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's senders with the real use case over an in-memory queue and a mail server that takes its time: a run
 * starts when the first mail of a sale is queued, and the mails queued while it lasts must not be left to one sender.
 */
class MailDeliveryJobTest {

    private static final int SENDERS = 4;
    private static final Duration ONE_SEND = Duration.ofMillis(50);

    private final SynchronizedQueue queue = new SynchronizedQueue(new InMemoryMailQueue(), new AtomicInteger());
    private final AtomicInteger sendingNow = new AtomicInteger();
    private final AtomicInteger mostSendingAtOnce = new AtomicInteger();
    private final CountDownLatch firstMailSent = new CountDownLatch(1);

    @Test
    void mailsQueuedWhileARunIsUnderWayAreSentByEverySenderNotByTheOneThatFoundTheFirst() throws Exception {
        MailDeliveryJob job = new MailDeliveryJob(delivering(), SENDERS, new SimpleMeterRegistry());
        queueAPasswordReset();

        Thread run = Thread.ofVirtual().start(job::deliverDueMails);
        assertThat(firstMailSent.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 40; i++) {
            queueAPasswordReset();
        }
        run.join(Duration.ofSeconds(30));

        assertThat(run.isAlive()).as("the run ends once nothing is due").isFalse();
        assertThat(queue.mails().all()).hasSize(41).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(Status.SENT));
        assertThat(mostSendingAtOnce.get()).isEqualTo(SENDERS);
    }

    private DeliveringDueMails delivering() {
        return delivering(new CountDownLatch(0));
    }

    /** @param firstSendMayEnd the first mail's send takes until this opens */
    private DeliveringDueMails delivering(CountDownLatch firstSendMayEnd) {
        MailTransport slowMailServer = mail -> {
            mostSendingAtOnce.accumulateAndGet(sendingNow.incrementAndGet(), Math::max);
            try {
                if (firstMailSent.getCount() > 0) {
                    firstSendMayEnd.await();
                }
                Thread.sleep(ONE_SEND);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sendingNow.decrementAndGet();
            firstMailSent.countDown();
        };
        return new DeliveringDueMails(queue, bookingId -> {
            throw new AssertionError("a password reset has no attachments");
        }, bookingId -> Optional.empty(), slowMailServer,
                new DeliveryRetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(15)),
                new DeliveryBatch(20, Duration.ofMinutes(5)), Clock.systemUTC());
    }

    @Test
    void sendersThatStoppedDuringALullComeBackWhenMailPilesUp() throws Exception {
        CountDownLatch firstSendMayEnd = new CountDownLatch(1);
        MailDeliveryJob job = new MailDeliveryJob(delivering(firstSendMayEnd), SENDERS, new SimpleMeterRegistry());
        queueAPasswordReset();

        Thread run = Thread.ofVirtual().start(job::deliverDueMails);
        // one sender holds the first mail while the others find nothing and stop
        awaitNoMoreLooks();
        for (int i = 0; i < 40; i++) {
            queueAPasswordReset();
        }
        mostSendingAtOnce.set(0);
        firstSendMayEnd.countDown();
        run.join(Duration.ofSeconds(30));

        assertThat(run.isAlive()).as("the run ends once nothing is due").isFalse();
        assertThat(queue.mails().all()).hasSize(41).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(Status.SENT));
        assertThat(mostSendingAtOnce.get()).as("senders sending at once after the lull").isEqualTo(SENDERS);
    }

    /** The first sender's look, then five empty ones by each other sender, and no more after those. */
    private void awaitNoMoreLooks() throws InterruptedException {
        while (queue.looks().get() < 1 + (SENDERS - 1) * 5) {
            Thread.sleep(10);
        }
        int seen;
        do {
            seen = queue.looks().get();
            Thread.sleep(300);
        } while (queue.looks().get() != seen);
    }

    private void queueAPasswordReset() {
        OutboundMail reset = mailOf(passwordResetRequest(UUID.randomUUID())
                .notice(ResetPage.under(URI.create("https://tickets.example.com")), ZoneOffset.UTC, Locale.ENGLISH));
        queue.add(reset, Instant.now());
    }

    /**
     * The in-memory queue is single-threaded; the senders share it here as they share the table in production.
     *
     * @param looks how often a sender asked for mail
     */
    private record SynchronizedQueue(InMemoryMailQueue mails, AtomicInteger looks) implements MailQueue {

        @Override
        public synchronized boolean add(OutboundMail mail, Instant dueAt) {
            return mails.add(mail, dueAt);
        }

        @Override
        public synchronized List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
            looks.incrementAndGet();
            return mails.claimDue(now, limit, claimedUntil);
        }

        @Override
        public synchronized void markSent(ClaimedMail mail, Instant sentAt) {
            mails.markSent(mail, sentAt);
        }

        @Override
        public synchronized void scheduleRetry(ClaimedMail mail, Instant nextAttemptAt, String reason) {
            mails.scheduleRetry(mail, nextAttemptAt, reason);
        }

        @Override
        public synchronized void postpone(ClaimedMail mail, Instant nextAttemptAt, String reason) {
            mails.postpone(mail, nextAttemptAt, reason);
        }

        @Override
        public synchronized void markFailed(ClaimedMail mail, String reason) {
            mails.markFailed(mail, reason);
        }

        @Override
        public synchronized long countPending() {
            return mails.countPending();
        }
    }
}
