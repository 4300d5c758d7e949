package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.domain.Transactions;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentionRetryingTransactionsTest {

    private final RecordingTransactionManager manager = new RecordingTransactionManager();
    private final Transactions transactions = new SpringTransactions(manager)
            .retryingOnContention(retry(3), Duration.ofSeconds(5), Duration.ofMillis(100));

    @Test
    void aTransactionAbortedByADeadlockRunsAgainFromTheStart() {
        AtomicInteger attempts = new AtomicInteger();

        String result = transactions.inTransaction(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "booked";
        });

        assertThat(result).isEqualTo("booked");
        assertThat(attempts).hasValue(2);
        assertThat(manager.outcomes).containsExactly("rollback", "commit");
    }

    @Test
    void whenEveryAttemptLosesTheCallerLearnsItWasContended() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(Transactions.Contended.class);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNeitherRetriedNorDisguised() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("sold out");
        })).isInstanceOf(IllegalStateException.class).hasMessage("sold out");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void aTransactionJoinedFromItsCallerIsNotRetriedHere() {
        AtomicInteger attempts = new AtomicInteger();
        Transactions outer = new SpringTransactions(manager);

        assertThatThrownBy(() -> outer.inTransaction(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            throw deadlock();
        }))).isInstanceOf(PessimisticLockingFailureException.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void aBudgetShorterThanOneAttemptIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new SpringTransactions(manager)
                .retryingOnContention(retry(3), Duration.ofMillis(50), Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than one attempt");
    }

    private static Retry retry(int attempts) {
        return Retry.of("test", RetryConfig.custom()
                .maxAttempts(attempts)
                .intervalFunction(IntervalFunction.of(Duration.ofMillis(1)))
                .retryOnException(TransientDatabaseFailures::isTransient)
                .build());
    }

    private static RuntimeException deadlock() {
        return new PessimisticLockingFailureException("deadlock",
                new SQLException("deadlock detected", "40P01"));
    }
}
