package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Projection;
import com.evently.ticketing.analytics.application.port.out.ProjectionSource;
import com.evently.ticketing.platform.domain.Caller;
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
    private final ProjectionSource source;

    public RebuildingProjection(Transactions transactions, Projection projection, ProjectionSource source) {
        this.transactions = transactions;
        this.projection = projection;
        this.source = source;
    }

    /**
     * The admin command.
     *
     * @return how many events were applied
     * @throws ProjectionRebuildNotPermitted when the requester is not an admin
     */
    public long rebuild(Caller requester) {
        if (!requester.isAdmin()) {
            throw new ProjectionRebuildNotPermitted();
        }
        return rebuild();
    }

    /** The start-up option, which the operator who set it asked for. */
    public long rebuild() {
        return transactions.inTransaction(() -> {
            projection.clearForRebuild();
            return source.replayAll();
        });
    }
}
