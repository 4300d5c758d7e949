package com.evently.ticketing.identity.adapter.in.schedule;

import com.evently.ticketing.identity.application.PurgedSecurityRecords;
import com.evently.ticketing.identity.application.PurgingStaleSecurityRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the token and failure tables from growing without bound, notably from floods of failed logins. */
public class ScheduledSecurityRecordsPurge implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSecurityRecordsPurge.class);

    private final PurgingStaleSecurityRecords purge;

    public ScheduledSecurityRecordsPurge(PurgingStaleSecurityRecords purge) {
        this.purge = purge;
    }

    @Override
    public void run() {
        try {
            PurgedSecurityRecords purged = purge.purge();
            log.debug("Purged stale security records: {}", purged);
        } catch (RuntimeException e) {
            log.warn("Purging stale security records failed; the next run retries", e);
        }
    }
}
