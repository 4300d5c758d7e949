package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after a delay that doubles with every attempt up to a ceiling, and
 * not at all once the attempts are used up, so a mail that cannot be delivered stops costing work.
 * <p>
 * A delivery that could not even be tried because something it needs is down (ticket-service, for a mail that
 * carries the tickets) is another matter: nothing is wrong with the mail, so it waits a short fixed
 * {@code outageDelay} and loses no attempt. A doubling delay there would leave the mail waiting for minutes after
 * the outage ended (it did: confirmations arrived three minutes after ticket-service was back), and a long outage
 * would use up its attempts.
 */
public record DeliveryRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration outageDelay) {

    public DeliveryRetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(outageDelay, "outageDelay");
        if (outageDelay.isNegative() || outageDelay.isZero()) {
            throw new InvalidInput("The wait during an outage must be positive, was " + outageDelay);
        }
        if (maxAttempts < 1) {
            throw new InvalidInput("At least one attempt is needed, was " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new InvalidInput("The first retry delay must be positive, was " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new InvalidInput("The longest retry delay " + maxDelay + " is shorter than the first " + firstDelay);
        }
    }

    /** What happens after attempt number {@code attempt} (counted from 1) failed at {@code failedAt}. */
    public AfterFailure afterFailedAttempt(int attempt, Instant failedAt) {
        if (attempt >= maxAttempts) {
            return new AfterFailure.GiveUp();
        }
        return new AfterFailure.RetryAt(failedAt.plus(delayAfter(attempt)));
    }

    /** When a delivery that an outage kept from being tried at {@code failedAt} is tried again. */
    public Instant afterOutage(Instant failedAt) {
        return failedAt.plus(outageDelay);
    }

    /** {@code firstDelay · 2^(attempt-1)}, capped; doubling stops at the cap so it cannot overflow. */
    Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int doubled = 1; doubled < attempt && delay.compareTo(maxDelay) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The outcome of a failed attempt. */
    public sealed interface AfterFailure {

        /** Deliver again, not before {@code at}. */
        record RetryAt(Instant at) implements AfterFailure {
        }

        /** The attempts are used up: the mail is not delivered. */
        record GiveUp() implements AfterFailure {
        }
    }
}
