package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.application.port.out.WebhookTransport;
import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.ClaimedWebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookRetryPolicy;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends the next due webhook delivery: claims it (one sender, one delivery, until the claim runs out), sends it
 * signed, and records the outcome: success, a retry with backoff, or, when the retries are used up, failure, which
 * disables the subscription so a dead receiver stops costing work, and mails its organizer in the same transaction
 * (only the sender that disabled it does, so the organizer hears of it once).
 */
public class DeliveringWebhooks {

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookTransport transport;
    private final WebhookRetryPolicy retryPolicy;
    private final NotifyingDisabledWebhook notifyingDisabledWebhook;
    private final Transactions transactions;
    private final Duration claim;
    private final RandomGenerator jitter;
    private final Clock clock;

    /** @param claim longer than the slowest attempt (connect and request timeouts), or a second sender may resend */
    public DeliveringWebhooks(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                              WebhookTransport transport, WebhookRetryPolicy retryPolicy,
                              NotifyingDisabledWebhook notifyingDisabledWebhook, Transactions transactions,
                              Duration claim, RandomGenerator jitter, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.notifyingDisabledWebhook = notifyingDisabledWebhook;
        this.transactions = transactions;
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
                Optional<NotifyingDisabledWebhook.Outcome> disabling = transactions.inTransaction(() -> {
                    boolean disabled = subscriptions.disable(delivery.subscriptionId(), "delivery " + delivery.id()
                            + " failed for good: " + giveUp.why() + "; last error: " + error, at);
                    return disabled
                            ? Optional.of(notifyingDisabledWebhook.disabled(delivery.subscriptionId(), error))
                            : Optional.<NotifyingDisabledWebhook.Outcome>empty();
                });
                yield new WebhookAttempt.GaveUp(delivery, error, disabling.isPresent(), disabling.orElse(null));
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

        /**
         * @param disabledSubscription whether this failure disabled the subscription (false: it already was)
         * @param organizerNotice      what became of the mail to the organizer; null unless this failure disabled it
         */
        record GaveUp(ClaimedWebhookDelivery delivery, String error, boolean disabledSubscription,
                      NotifyingDisabledWebhook.Outcome organizerNotice) implements WebhookAttempt {
        }
    }
}
