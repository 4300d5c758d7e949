package com.evently.ticketing.analytics.application.port.in;

/** Adds a security event to the audit log, once per announcing event however often it is delivered. */
public interface RecordSecurityEvent {

    void recordSecurityEvent(RecordSecurityEventCommand command);
}
