package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the mail delivery on every replica: a {@link WakeablePoll} runs it as soon as a mail was queued here and
 * committed, and at the poll interval for the rest (retries whose time has come, mails another replica queued,
 * mails left by a crash). The queue hands each mail to one sender, so replicas share the work instead of
 * duplicating it. Counts and logs every outcome; logs name mails and what they are for, never recipients or
 * message content (a reset link is a secret).
 */
public class MailDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);
    private static final int LOOKS_BEFORE_STOPPING = 5;
    private static final Duration PAUSE_BETWEEN_EMPTY_LOOKS = Duration.ofMillis(100);

    private final DeliveringDueMails deliveringDueMails;
    private final int senders;
    private final Counter sent;
    private final Counter retried;
    private final Counter postponed;
    private final Counter gaveUp;

    /** @param senders how many mails this replica delivers at once; each mail is claimed by one of them */
    public MailDeliveryJob(DeliveringDueMails deliveringDueMails, int senders, MeterRegistry meters) {
        this.deliveringDueMails = deliveringDueMails;
        this.senders = senders;
        this.sent = Counter.builder("notification.mails.sent")
                .description("Mails the mail server accepted").register(meters);
        this.retried = failures("retry").description("Delivery attempts that failed and will be retried").register(meters);
        this.postponed = failures("postponed")
                .description("Deliveries not tried because the tickets PDF could not be fetched; the mail waits").register(meters);
        this.gaveUp = failures("gave-up").description("Mails given up on after the last attempt failed").register(meters);
    }

    /**
     * One run: up to {@code senders} threads deliver mails until none has been due for a short while, and the run
     * ends when all of them have stopped. Sending is mostly waiting (on SMTP, on the PDF), so several senders keep the
     * queue draining as fast as a sale fills it.
     */
    public void deliverDueMails() {
        Crew crew = new Crew();
        crew.fillUp();
        crew.awaitAllStopped();
    }

    /**
     * A sender looks again a few times before it stops, and whenever it finds mail it brings the crew back to full
     * strength. A run starts as soon as the first mail of a sale is queued, when the other senders find nothing yet;
     * while the run lasts, later wake-ups only add one run after it. Senders that stopped during a lull and were not
     * replaced left a whole sale to the one that kept finding mail (16 mails/s instead of 60, MailDeliveryJobTest).
     */
    private void drain(Crew crew) {
        try {
            int emptyLooks = 0;
            while (emptyLooks < LOOKS_BEFORE_STOPPING) {
                List<DeliveryOutcome> outcomes = deliveringDueMails.deliverDue();
                outcomes.forEach(this::record);
                if (outcomes.isEmpty()) {
                    emptyLooks++;
                    pauseBeforeLookingAgain();
                } else {
                    emptyLooks = 0;
                    crew.fillUp();
                }
            }
        } catch (RuntimeException e) {
            // the database is unreachable, most likely: the mails stay queued and the next run tries again
            log.error("Mail delivery run stopped early", e);
        }
    }

    /** The senders of one run: at most {@code senders} at a time, each on a virtual thread. */
    private final class Crew {

        private final AtomicInteger sending = new AtomicInteger();
        /** The run itself and every sender still at work: the run ends once all senders have arrived. */
        private final Phaser atWork = new Phaser(1);

        void fillUp() {
            for (int now = sending.get(); now < senders; now = sending.get()) {
                if (sending.compareAndSet(now, now + 1)) {
                    // registered before it starts, by the run or by a sender still at work: the run cannot end first
                    atWork.register();
                    Thread.ofVirtual().name("mail-sender").start(() -> {
                        try {
                            drain(this);
                        } finally {
                            sending.decrementAndGet();
                            atWork.arriveAndDeregister();
                        }
                    });
                }
            }
        }

        void awaitAllStopped() {
            atWork.arriveAndAwaitAdvance();
        }
    }

    private static void pauseBeforeLookingAgain() {
        try {
            Thread.sleep(PAUSE_BETWEEN_EMPTY_LOOKS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(DeliveryOutcome outcome) {
        switch (outcome) {
            case DeliveryOutcome.Sent delivered -> {
                sent.increment();
                log.info("Mail {} ({}) sent (attempt {})", delivered.mailId(), delivered.purpose().description(),
                        delivered.attempt());
            }
            case DeliveryOutcome.RetryScheduled retry -> {
                retried.increment();
                log.warn("Mail {} ({}) not sent (attempt {}), retrying at {}: {}", retry.mailId(),
                        retry.purpose().description(), retry.attempt(), retry.nextAttemptAt(), retry.reason());
            }
            case DeliveryOutcome.Postponed waiting -> {
                postponed.increment();
                log.warn("Mail {} ({}) waits until {}: {}", waiting.mailId(), waiting.purpose().description(),
                        waiting.nextAttemptAt(), waiting.reason());
            }
            case DeliveryOutcome.GaveUp failed -> {
                gaveUp.increment();
                log.error("Mail {} ({}) failed for good after {} attempts: {}", failed.mailId(),
                        failed.purpose().description(), failed.attempt(), failed.reason());
            }
        }
    }

    private static Counter.Builder failures(String outcome) {
        return Counter.builder("notification.mails.failed").tag("outcome", outcome);
    }
}
