package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Transactions;
import io.github.resilience4j.retry.Retry;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Spring transactions behind the {@link Transactions} port. The retry wraps the whole transaction, never a
 * statement inside it: after a deadlock or lock timeout PostgreSQL has aborted the transaction, and only a
 * new one, re-running the work from the start, can succeed.
 */
public final class RetryingTransactions implements Transactions {

    private final TransactionTemplate transaction;
    private final Retry retry;

    /** {@code retry} must retry only {@link TransientDatabaseFailures#isTransient transient} failures. */
    public RetryingTransactions(TransactionTemplate transaction, Retry retry) {
        this.transaction = transaction;
        this.retry = retry;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined, e.g. the inbox transaction of a consumed event: only its owner can start it over.
            return transaction.execute(status -> work.get());
        }
        try {
            return retry.executeSupplier(() -> transaction.execute(status -> work.get()));
        } catch (RuntimeException failure) {
            if (TransientDatabaseFailures.isTransient(failure)) {
                throw new Contended(failure);
            }
            throw failure;
        }
    }
}
