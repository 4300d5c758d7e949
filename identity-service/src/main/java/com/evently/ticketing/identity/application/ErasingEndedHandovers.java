package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;

/**
 * Erases the successors used refresh tokens keep, sealed, for a retry within the grace period, once that period
 * is over: the token row stays (its reuse still revokes the family), only the handover goes. The other stale
 * security records (expired tokens, quiet attempt counts, unused login addresses, retired keys) are deleted by
 * the platform's retention rules; this is no deletion, so it cannot be one of them.
 */
public class ErasingEndedHandovers {

    private final RefreshTokens refreshTokens;
    private final Transactions transactions;
    private final Clock clock;

    public ErasingEndedHandovers(RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many were erased. Safe on several replicas at once: whoever gets there first erases. */
    public int erase() {
        return transactions.inTransaction(() -> refreshTokens.eraseHandoversEndedBefore(clock.instant()));
    }
}
