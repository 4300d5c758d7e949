package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.webhook.DeliveringWebhooks;
import com.evently.ticketing.notification.application.webhook.NotifyingDisabledWebhook;
import com.evently.ticketing.notification.application.webhook.DeliveringWebhooks.WebhookAttempt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Drives webhook delivery on every replica (scheduled at a fixed delay by the configuration): {@code senders}
 * virtual threads each claim and send one delivery at a time until none is due. Logs delivery and subscription
 * ids, never URLs' secrets or payloads.
 */
public class WebhookDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    private final DeliveringWebhooks deliveringWebhooks;
    private final int senders;
    private final Counter delivered;
    private final Counter retried;
    private final Counter gaveUp;

    public WebhookDeliveryJob(DeliveringWebhooks deliveringWebhooks, int senders, MeterRegistry meters) {
        this.deliveringWebhooks = deliveringWebhooks;
        this.senders = senders;
        this.delivered = Counter.builder("notification.webhooks.delivered")
                .description("Webhook deliveries a receiver accepted").register(meters);
        this.retried = failures("retry").description("Webhook attempts that failed and will be retried")
                .register(meters);
        this.gaveUp = failures("gave-up").description("Webhook deliveries given up on, disabling the subscription")
                .register(meters);
    }

    public void deliverDue() {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < senders; i++) {
                pool.submit(this::drain);
            }
        }
    }

    private void drain() {
        try {
            Optional<WebhookAttempt> attempt;
            do {
                attempt = deliveringWebhooks.deliverNext();
                attempt.ifPresent(this::record);
            } while (attempt.isPresent());
        } catch (RuntimeException e) {
            // the database is unreachable, most likely: the deliveries stay queued and the next run tries again
            log.error("Webhook delivery run stopped early", e);
        }
    }

    private void record(WebhookAttempt attempt) {
        switch (attempt) {
            case WebhookAttempt.Delivered done -> {
                delivered.increment();
                log.info("Webhook delivery {} (subscription {}) accepted with {} at attempt {}", done.delivery().id(),
                        done.delivery().subscriptionId(), done.status(), done.delivery().attempt());
            }
            case WebhookAttempt.RetryScheduled retry -> {
                retried.increment();
                log.warn("Webhook delivery {} (subscription {}) failed at attempt {}, retrying at {}: {}",
                        retry.delivery().id(), retry.delivery().subscriptionId(), retry.delivery().attempt(),
                        retry.nextAttemptAt(), retry.error());
            }
            case WebhookAttempt.GaveUp failed -> {
                gaveUp.increment();
                log.error("Webhook delivery {} failed for good after {} attempts: {}{}", failed.delivery().id(),
                        failed.delivery().attempt(), failed.error(), failed.disabledSubscription()
                                ? "; subscription " + failed.delivery().subscriptionId() + " disabled" : "");
                if (failed.organizerNotice() instanceof NotifyingDisabledWebhook.Outcome.OrganizerUnknown unknown) {
                    log.warn("Nobody told of disabled webhook subscription {}: no address known for organizer {}",
                            failed.delivery().subscriptionId(), unknown.organizerId());
                }
            }
        }
    }

    private static Counter.Builder failures(String outcome) {
        return Counter.builder("notification.webhooks.failed").tag("outcome", outcome);
    }
}
