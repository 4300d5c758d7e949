package com.evently.ticketing.identity.application.port.out;

import java.util.function.Supplier;

/** Runs work as one database transaction: all of it is committed, or none of it. */
public interface Transactions {

    void inTransaction(Runnable work);

    <T> T inTransaction(Supplier<T> work);
}
