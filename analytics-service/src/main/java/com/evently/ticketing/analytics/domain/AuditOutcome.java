package com.evently.ticketing.analytics.domain;

/** Whether the audited action went through (a login that failed is recorded as much as one that succeeded). */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
