package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.application.port.out.WebhookTransport;
import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.ClaimedWebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookRetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends the next due webhook delivery: claims it (one sender, one delivery, until the claim runs out), sends it
 * signed, and records the outcome: success, a retry with backoff, or, when the retries are used up, failure, which
 * disables the subscription so a dead receiver stops costing work.
 */
public class DeliveringWebhooks {

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookTransport transport;
    private final WebhookRetryPolicy retryPolicy;
    private final Duration claim;
    private final RandomGenerator jitter;
    private final Clock clock;

    /** @param claim longer than the slowest attempt (connect and request timeouts), or a second sender may resend */
    public DeliveringWebhooks(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                              WebhookTransport transport, WebhookRetryPolicy retryPolicy, Duration claim,
                              RandomGenerator jitter, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.claim = claim;
        this.jitter = jitter;
        this.clock = clock;
    }

    /** @return empty when nothing was due */
    public Optional<WebhookAttempt> deliverNext() {
        Instant now = clock.instant();
        Optional<ClaimedWebhookDelivery> claimed = deliveries.claimNext(now, now.plus(claim));
        return claimed.map(this::attempt);
    }

    private WebhookAttempt attempt(ClaimedWebhookDelivery delivery) {
        AttemptOutcome outcome = transport.send(delivery.url(), delivery.secret(), delivery.id(), clock.instant(),
                delivery.payload());
        Instant at = clock.instant();
        if (outcome instanceof AttemptOutcome.Accepted accepted) {
            deliveries.markSucceeded(delivery, accepted.status(), at);
            return new WebhookAttempt.Delivered(delivery, accepted.status());
        }
        Integer status = outcome instanceof AttemptOutcome.Rejected rejected ? rejected.status() : null;
        String error = describe(outcome);
        return switch (retryPolicy.afterFailedAttempt(delivery.attempt(), delivery.createdAt(), at,
                jitter.nextDouble())) {
            case WebhookRetryPolicy.Next.RetryAt retry -> {
                deliveries.scheduleRetry(delivery, status, error, at, retry.at());
                yield new WebhookAttempt.RetryScheduled(delivery, error, retry.at());
            }
            case WebhookRetryPolicy.Next.GiveUp giveUp -> {
                deliveries.markFailed(delivery, status, error, at);
                boolean disabled = subscriptions.disable(delivery.subscriptionId(),
                        "delivery " + delivery.id() + " failed for good: " + giveUp.why() + "; last error: " + error,
                        at);
                yield new WebhookAttempt.GaveUp(delivery, error, disabled);
            }
        };
    }

    private static String describe(AttemptOutcome outcome) {
        return switch (outcome) {
            case AttemptOutcome.Accepted accepted -> "HTTP " + accepted.status();
            case AttemptOutcome.Rejected rejected -> "HTTP " + rejected.status()
                    + (rejected.detail() == null || rejected.detail().isBlank() ? "" : ": " + rejected.detail());
            case AttemptOutcome.Unreachable unreachable -> "unreachable: " + unreachable.reason();
            case AttemptOutcome.TargetRefused refused -> "target refused: " + refused.reason();
        };
    }

    /** What became of one attempt, for the job's logs and metrics. */
    public sealed interface WebhookAttempt {

        ClaimedWebhookDelivery delivery();

        record Delivered(ClaimedWebhookDelivery delivery, int status) implements WebhookAttempt {
        }

        record RetryScheduled(ClaimedWebhookDelivery delivery, String error, Instant nextAttemptAt)
                implements WebhookAttempt {
        }

        /** @param disabledSubscription whether this failure disabled the subscription (false: it already was) */
        record GaveUp(ClaimedWebhookDelivery delivery, String error, boolean disabledSubscription)
                implements WebhookAttempt {
        }
    }
}
