package com.evently.ticketing.notification.domain.webhook;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed webhook delivery is tried again: after {@code firstDelay · 2^(attempt-1)}, capped at
 * {@code maxDelay}, shortened by a random jitter of up to a quarter so that many deliveries failing together do
 * not come back together. Given up when {@code maxAttempts} are used or the next attempt would fall after
 * {@code window} from the delivery's creation (a day by default).
 * <p>
 * The jitter never takes more than a quarter off, so each delay is still longer than the one before (until the
 * cap): a receiver sees the pauses grow.
 */
public record WebhookRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration window) {

    public WebhookRetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(window, "window");
        if (maxAttempts < 1) {
            throw new InvalidInput("At least one attempt is needed, was " + maxAttempts);
        }
        if (!firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0 || !window.isPositive()) {
            throw new InvalidInput("Webhook retry delays must be positive, the longest no shorter than the first, "
                    + "and the window positive");
        }
    }

    /**
     * What follows attempt number {@code attempt} (from 1) failing at {@code failedAt}.
     *
     * @param jitter a random number in [0, 1)
     */
    public Next afterFailedAttempt(int attempt, Instant createdAt, Instant failedAt, double jitter) {
        if (attempt >= maxAttempts) {
            return new Next.GiveUp(attempt + " attempts failed");
        }
        Duration delay = delayAfter(attempt);
        long jitteredMillis = Math.round(delay.toMillis() * (1.0 - 0.25 * jitter));
        Instant at = failedAt.plusMillis(jitteredMillis);
        if (at.isAfter(createdAt.plus(window))) {
            return new Next.GiveUp("attempts failed for " + window);
        }
        return new Next.RetryAt(at);
    }

    Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int doubled = 1; doubled < attempt && delay.compareTo(maxDelay) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public sealed interface Next {

        record RetryAt(Instant at) implements Next {
        }

        /** The delivery failed for good; its subscription is disabled. */
        record GiveUp(String why) implements Next {
        }
    }
}
