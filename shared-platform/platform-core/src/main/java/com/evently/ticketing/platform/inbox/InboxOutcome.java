package com.evently.ticketing.platform.inbox;

/** What became of a delivered event. */
public enum InboxOutcome {
    /** First delivery: the handler ran and its changes committed with the inbox record. */
    PROCESSED,
    /** Seen before by this consumer: nothing was done. */
    DUPLICATE
}
