package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Projection;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Rebuilds the projection from the topics' beginning and swaps it in. One transaction: the projection is locked
 * against the live consumers and emptied, every retained event is applied again, and the commit replaces the old
 * figures with the new ones at once — readers never see a half-built projection. The live consumers then go on
 * where they were; whatever they apply again changes nothing, since every recording rule is idempotent.
 */
public class RebuildingProjection {

    private final Transactions transactions;
    private final Projection projection;

    public RebuildingProjection(Transactions transactions, Projection projection) {
        this.transactions = transactions;
        this.projection = projection;
    }

    /** @param replay applies every retained event, from the beginning of each topic, in the current transaction */
    public long rebuild(Replay replay) {
        return transactions.inTransaction(() -> {
            projection.clearForRebuild();
            return replay.applyAll();
        });
    }

    /** Applies the retained events and says how many. */
    @FunctionalInterface
    public interface Replay {
        long applyAll();
    }
}
