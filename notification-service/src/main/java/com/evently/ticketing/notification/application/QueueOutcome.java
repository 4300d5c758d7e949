package com.evently.ticketing.notification.application;

/** What asking for a mail did. */
public enum QueueOutcome {
    QUEUED,
    /** The occasion already has its mail (queued, sent or given up on): nothing was added. */
    ALREADY_QUEUED
}
