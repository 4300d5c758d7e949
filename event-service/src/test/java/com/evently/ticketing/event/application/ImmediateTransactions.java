package com.evently.ticketing.event.application;

import com.evently.ticketing.platform.domain.Transactions;

import java.util.function.Supplier;

/** Runs the work at once, and lets the fakes ask whether they are called inside a transaction. */
final class ImmediateTransactions implements Transactions {

    private boolean active;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        boolean joined = active;
        active = true;
        try {
            return work.get();
        } finally {
            active = joined;
        }
    }

    boolean active() {
        return active;
    }
}
