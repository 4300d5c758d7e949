package com.evently.ticketing.notification.domain.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookRetryPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");
    private final WebhookRetryPolicy policy = new WebhookRetryPolicy(30, Duration.ofSeconds(30), Duration.ofHours(2),
            Duration.ofDays(1));

    @Test
    void delaysDoubleAndJitterTakesAtMostAQuarterOff() {
        assertThat(retryAt(1, CREATED, 0.0)).isEqualTo(CREATED.plusSeconds(30));
        assertThat(retryAt(1, CREATED, 0.999_999)).isAfter(CREATED.plusMillis(22_499));
        assertThat(retryAt(2, CREATED, 0.0)).isEqualTo(CREATED.plusSeconds(60));
        assertThat(retryAt(5, CREATED, 0.0)).isEqualTo(CREATED.plusSeconds(480));
        assertThat(retryAt(20, CREATED, 0.0)).isEqualTo(CREATED.plus(Duration.ofHours(2)));
    }

    @Test
    void theShortestNextDelayIsLongerThanTheLongestPreviousOneBelowTheCap() {
        for (int attempt = 1; attempt < 8; attempt++) {
            Duration longest = Duration.between(CREATED, retryAt(attempt, CREATED, 0.0));
            Duration nextShortest = Duration.between(CREATED, retryAt(attempt + 1, CREATED, 0.999_999));
            assertThat(nextShortest).isGreaterThan(longest);
        }
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallAfterTheWindow() {
        Instant lateFailure = CREATED.plus(Duration.ofHours(23));
        assertThat(policy.afterFailedAttempt(15, CREATED, lateFailure, 0.0))
                .isInstanceOf(WebhookRetryPolicy.Next.GiveUp.class);
        assertThat(policy.afterFailedAttempt(15, CREATED, CREATED.plus(Duration.ofHours(21)), 0.0))
                .isInstanceOf(WebhookRetryPolicy.Next.RetryAt.class);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.afterFailedAttempt(30, CREATED, CREATED.plusSeconds(5), 0.0))
                .isInstanceOf(WebhookRetryPolicy.Next.GiveUp.class);
    }

    private Instant retryAt(int attempt, Instant failedAt, double jitter) {
        return ((WebhookRetryPolicy.Next.RetryAt) policy.afterFailedAttempt(attempt, CREATED, failedAt, jitter)).at();
    }
}
