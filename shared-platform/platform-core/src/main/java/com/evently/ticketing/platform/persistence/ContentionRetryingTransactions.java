package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.domain.Transactions;
import io.github.resilience4j.retry.Retry;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Spring transactions retried on contention, made by {@link SpringTransactions#retryingOnContention}. The retry wraps the whole transaction, never a
 * statement inside it: after a deadlock or lock timeout PostgreSQL has aborted the transaction, and only a
 * new one, re-running the work from the start, can succeed.
 * <p>
 * Retries stop at whichever comes first, the retry's attempts or the time budget: an attempt starts only when
 * its worst case (waiting for a pooled connection, then for the lock) still ends within the budget, so the
 * whole call never outlasts it by more than the statements themselves take.
 */
final class ContentionRetryingTransactions implements Transactions {

    private final TransactionTemplate transaction;
    private final Retry retry;
    private final Duration budget;
    private final Duration attemptWorstCase;

    /**
     * @param retry            must retry only {@link TransientDatabaseFailures#isTransient transient} failures
     * @param budget           how long all attempts together may take
     * @param attemptWorstCase the longest one attempt may wait: the pool's connection timeout plus the lock timeout
     */
    ContentionRetryingTransactions(TransactionTemplate transaction, Retry retry, Duration budget, Duration attemptWorstCase) {
        if (attemptWorstCase.compareTo(budget) > 0) {
            throw new IllegalStateException("The transaction budget (" + budget + ") is shorter than one attempt ("
                    + attemptWorstCase + "): raise the retry budget or lower the lock or connection timeout");
        }
        this.transaction = transaction;
        this.retry = retry;
        this.budget = budget;
        this.attemptWorstCase = attemptWorstCase;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined, e.g. the inbox transaction of a consumed event: only its owner can start it over.
            return transaction.execute(status -> work.get());
        }
        long deadline = System.nanoTime() + budget.minus(attemptWorstCase).toNanos();
        AtomicReference<RuntimeException> lastFailure = new AtomicReference<>();
        try {
            return retry.executeSupplier(() -> {
                if (lastFailure.get() != null && System.nanoTime() > deadline) {
                    throw new BudgetSpent(lastFailure.get());
                }
                try {
                    return transaction.execute(status -> work.get());
                } catch (RuntimeException failure) {
                    lastFailure.set(failure);
                    throw failure;
                }
            });
        } catch (BudgetSpent spent) {
            throw new Contended(spent.lastFailure);
        } catch (RuntimeException failure) {
            if (TransientDatabaseFailures.isTransient(failure)) {
                throw new Contended(failure);
            }
            throw failure;
        }
    }

    /** Not caused by the last failure on purpose: a transient cause would make the retry try again. */
    private static final class BudgetSpent extends RuntimeException {

        private final transient RuntimeException lastFailure;

        BudgetSpent(RuntimeException lastFailure) {
            super("No time left in the budget for another attempt", null, false, false);
            this.lastFailure = lastFailure;
        }
    }
}
