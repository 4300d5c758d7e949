package com.evently.ticketing.booking.application.port.out;

import java.util.function.Supplier;

/**
 * Makes a unit of work atomic. The application layer is kept free of Spring, so the boundary is a port: it
 * stays visible in the use case, and the use case can react to the outcome after the commit (metrics) and
 * to a rollback (sold out), which a transactional proxy around it would hide.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction that commits when it returns and rolls back when it throws.
     * Joins the caller's transaction if there is one; a transaction started here is retried as a whole, with
     * bounded backoff, when the database aborts it for a deadlock, a serialization failure or a lock timeout.
     *
     * @throws Contended when the database kept aborting it until the retries ran out
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
