package com.evently.ticketing.analytics.application;

/** The caller asked for the audit log, which only admins may see. */
public class AuditLogNotPermitted extends RuntimeException {

    public AuditLogNotPermitted() {
        super("The audit log is for admins only");
    }
}
