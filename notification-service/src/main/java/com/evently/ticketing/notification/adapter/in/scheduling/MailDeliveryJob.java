package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Drives the mail delivery on every replica: a {@link WakeablePoll} runs it as soon as a mail was queued here and
 * committed, and at the poll interval for the rest (retries whose time has come, mails another replica queued,
 * mails left by a crash). The queue hands each mail to one sender, so replicas share the work instead of
 * duplicating it. Counts and logs every outcome; logs name mails and what they are for, never recipients or
 * message content (a reset link is a secret).
 */
public class MailDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);

    private final DeliveringDueMails deliveringDueMails;
    private final int batchSize;
    private final int senders;
    private final Counter sent;
    private final Counter retried;
    private final Counter postponed;
    private final Counter gaveUp;

    /** @param senders how many mails this replica delivers at once; each mail is claimed by one of them */
    public MailDeliveryJob(DeliveringDueMails deliveringDueMails, int batchSize, int senders, MeterRegistry meters) {
        this.deliveringDueMails = deliveringDueMails;
        this.batchSize = batchSize;
        this.senders = senders;
        this.sent = Counter.builder("notification.mails.sent")
                .description("Mails the mail server accepted").register(meters);
        this.retried = failures("retry").description("Delivery attempts that failed and will be retried").register(meters);
        this.postponed = failures("postponed")
                .description("Deliveries not tried because the tickets PDF could not be fetched; the mail waits").register(meters);
        this.gaveUp = failures("gave-up").description("Mails given up on after the last attempt failed").register(meters);
    }

    /**
     * One run: {@code senders} threads deliver batches until a batch comes back short, i.e. nothing more
     * is due, and the run ends when all of them have. Sending is mostly waiting (on SMTP, on the PDF), so several
     * senders keep the queue draining as fast as a sale fills it.
     */
    public void deliverDueMails() {
        if (senders == 1) {
            drain();
            return;
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < senders; i++) {
                pool.submit(this::drain);
            }
        }
    }

    private void drain() {
        try {
            List<DeliveryOutcome> outcomes;
            do {
                outcomes = deliveringDueMails.deliverDue();
                outcomes.forEach(this::record);
            } while (outcomes.size() == batchSize);
        } catch (RuntimeException e) {
            // the database is unreachable, most likely: the mails stay queued and the next run tries again
            log.error("Mail delivery run stopped early", e);
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
