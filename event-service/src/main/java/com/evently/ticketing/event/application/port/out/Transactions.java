package com.evently.ticketing.event.application.port.out;

import java.util.function.Supplier;

/** Runs work as one database transaction: all of its writes commit together, or none do. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
