package com.evently.ticketing.notification.domain;

import com.evently.ticketing.notification.domain.DeliveryRetryPolicy.AfterFailure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private final DeliveryRetryPolicy policy = new DeliveryRetryPolicy(8, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(15));

    @Test
    void doublesTheWaitAfterEachFailedAttempt() {
        assertThat(policy.afterFailedAttempt(1, FAILED_AT)).isEqualTo(new AfterFailure.RetryAt(FAILED_AT.plusSeconds(30)));
        assertThat(policy.afterFailedAttempt(2, FAILED_AT)).isEqualTo(new AfterFailure.RetryAt(FAILED_AT.plusSeconds(60)));
        assertThat(policy.afterFailedAttempt(3, FAILED_AT)).isEqualTo(new AfterFailure.RetryAt(FAILED_AT.plusSeconds(120)));
    }

    @Test
    void neverWaitsLongerThanTheLongestDelay() {
        assertThat(policy.afterFailedAttempt(7, FAILED_AT)).isEqualTo(new AfterFailure.RetryAt(FAILED_AT.plus(Duration.ofMinutes(10))));
        DeliveryRetryPolicy patient = new DeliveryRetryPolicy(100, Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(15));
        assertThat(patient.afterFailedAttempt(99, FAILED_AT)).isEqualTo(new AfterFailure.RetryAt(FAILED_AT.plus(Duration.ofHours(1))));
    }

    @Test
    void givesUpWhenTheLastAttemptFailed() {
        assertThat(policy.afterFailedAttempt(8, FAILED_AT)).isInstanceOf(AfterFailure.GiveUp.class);
        assertThat(new DeliveryRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(15)).afterFailedAttempt(1, FAILED_AT))
                .isInstanceOf(AfterFailure.GiveUp.class);
    }

    @Test
    void rejectsAPolicyThatCannotWork() {
        assertThatThrownBy(() -> new DeliveryRetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryRetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryRetryPolicy(3, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryRetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitsTheSameShortTimeAfterEveryOutageWhateverTheAttempt() {
        assertThat(policy.afterOutage(FAILED_AT)).isEqualTo(FAILED_AT.plusSeconds(15));
    }
}
