package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Drives the mail delivery on every replica (scheduled at a fixed delay by the configuration); the queue hands
 * each mail to one sender, so replicas share the work instead of duplicating it. Counts and logs every outcome;
 * logs name mails and what they are for, never recipients or message content (a reset link is a secret).
 */
public class MailDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);

    private final DeliveringDueMails deliveringDueMails;
    private final int batchSize;
    private final Counter sent;
    private final Counter retried;
    private final Counter gaveUp;

    public MailDeliveryJob(DeliveringDueMails deliveringDueMails, int batchSize, MeterRegistry meters) {
        this.deliveringDueMails = deliveringDueMails;
        this.batchSize = batchSize;
        this.sent = Counter.builder("notification.mails.sent")
                .description("Mails the mail server accepted").register(meters);
        this.retried = failures("retry").description("Delivery attempts that failed and will be retried").register(meters);
        this.gaveUp = failures("gave-up").description("Mails given up on after the last attempt failed").register(meters);
    }

    /** One scheduled run: delivers batches until a batch comes back short, i.e. nothing more is due. */
    public void deliverDueMails() {
        List<DeliveryOutcome> outcomes;
        do {
            outcomes = deliveringDueMails.deliverDue();
            outcomes.forEach(this::record);
        } while (outcomes.size() == batchSize);
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
