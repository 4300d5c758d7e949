package com.evently.ticketing.identity.adapter.in.schedule;

import com.evently.ticketing.identity.application.port.in.PurgeStaleSecurityRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the token and failure tables from growing without bound, notably from floods of failed logins. */
public class ScheduledSecurityRecordsPurge implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSecurityRecordsPurge.class);

    private final PurgeStaleSecurityRecords purge;

    public ScheduledSecurityRecordsPurge(PurgeStaleSecurityRecords purge) {
        this.purge = purge;
    }

    @Override
    public void run() {
        try {
            PurgeStaleSecurityRecords.Purged purged = purge.purge();
            log.debug("Purged stale security records: {}", purged);
        } catch (RuntimeException e) {
            log.warn("Purging stale security records failed; the next run retries", e);
        }
    }
}
