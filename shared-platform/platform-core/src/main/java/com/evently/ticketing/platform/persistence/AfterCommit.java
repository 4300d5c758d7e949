package com.evently.ticketing.platform.persistence;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must happen only once the current transaction has committed, such as counting what it did: a transaction
 * that rolls back (and is retried, or its event redelivered) is then not counted twice. Outside a transaction the
 * work runs at once, as nothing can roll it back.
 */
public final class AfterCommit {

    /** Runs the work after the current transaction commits (never if it rolls back), or now if there is none. */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    private AfterCommit() {
    }
}
