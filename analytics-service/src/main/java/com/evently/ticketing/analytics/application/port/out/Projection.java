package com.evently.ticketing.analytics.application.port.out;

/** Every table fed by integration events, taken together. */
public interface Projection {

    /**
     * Empties the projection for a rebuild in the caller's transaction, first locking it against other writers
     * (the live consumers wait); readers keep seeing the figures as they were until the transaction commits.
     */
    void clearForRebuild();
}
