package com.evently.ticketing.analytics.application.port.out;

/** Where the projection's events come from, read again from the beginning for a rebuild. */
public interface ProjectionSource {

    /** Applies every retained event, oldest first per partition, in the caller's transaction; says how many. */
    long replayAll();
}
