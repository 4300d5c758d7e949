package com.evently.ticketing.platform.domain;

import java.util.function.Supplier;

/**
 * Makes a unit of work atomic: the outbound port every use case uses to say "this, in one transaction". The
 * application layer is kept free of Spring, so the boundary is a port rather than an annotation: it stays
 * visible in the use case, which can react to the outcome after the commit (metrics) and to a rollback (sold
 * out), which a transactional proxy around it would hide.
 * <p>
 * The platform provides one Spring implementation for every service; a service whose critical section meets
 * contention wraps it with {@code SpringTransactions#retryingOnContention}, and then {@link Contended} may be
 * thrown.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction that commits when it returns and rolls back when it throws. Joins the
     * caller's transaction if there is one (e.g. the inbox transaction of a consumed event).
     *
     * @throws Contended only from a retrying implementation, when the database kept aborting the work until the
     *                   retries ran out
     */
    <T> T inTransaction(Supplier<T> work);

    /** {@link #inTransaction(Supplier)} for work that produces nothing. */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The work lost every attempt to concurrent transactions; the caller may try again a little later. */
    final class Contended extends RuntimeException {

        public Contended(Throwable lastFailure) {
            super("The transaction was aborted by concurrent ones on every attempt", lastFailure);
        }
    }
}
