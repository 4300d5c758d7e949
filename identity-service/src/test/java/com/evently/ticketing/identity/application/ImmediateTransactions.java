package com.evently.ticketing.identity.application;

import com.evently.ticketing.platform.domain.Transactions;

import java.util.function.Supplier;

/** Runs the work at once; counts the units of work so a test can see that a refusal opened none. */
final class ImmediateTransactions implements Transactions {

    int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        return work.get();
    }
}
