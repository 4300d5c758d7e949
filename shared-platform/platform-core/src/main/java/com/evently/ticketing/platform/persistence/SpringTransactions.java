package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.domain.Transactions;
import io.github.resilience4j.retry.Retry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The {@link Transactions} port on the service's transaction manager, auto-configured for every service with a
 * database. The platform's outbox and inbox write through the same DataSource, so a use case's rows, its
 * outbox row and the inbox record of the event that triggered it commit together.
 */
public final class SpringTransactions implements Transactions {

    private final TransactionTemplate transaction;

    public SpringTransactions(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    /**
     * These transactions, retried as a whole while the database aborts them for a deadlock, a serialization
     * failure or a lock timeout, within a time budget; see {@link ContentionRetryingTransactions}.
     *
     * @param retry            must retry only {@link TransientDatabaseFailures#isTransient transient} failures
     * @param budget           how long all attempts together may take
     * @param attemptWorstCase the longest one attempt may wait: the pool's connection timeout plus the lock timeout
     */
    public Transactions retryingOnContention(Retry retry, Duration budget, Duration attemptWorstCase) {
        return new ContentionRetryingTransactions(transaction, retry, budget, attemptWorstCase);
    }
}
