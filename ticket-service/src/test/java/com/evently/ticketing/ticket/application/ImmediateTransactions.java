package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;

import java.util.function.Supplier;

/** Runs the work at once, and lets a test ask whether it is running inside a transaction and how many ran. */
final class ImmediateTransactions implements Transactions {

    private boolean active;
    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        boolean joined = active;
        active = true;
        started += joined ? 0 : 1;
        try {
            return work.get();
        } finally {
            active = joined;
        }
    }

    boolean active() {
        return active;
    }

    int started() {
        return started;
    }
}
