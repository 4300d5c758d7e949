package com.evently.ticketing.ticket.adapter.in.scheduling;

import com.evently.ticketing.ticket.application.RotatingPassKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Checks now and then whether the pass key has reached its rotation period, and drops retired keys no pass needs.
 * Runs on every replica; the use case makes sure only one of them rotates.
 */
public class ScheduledPassKeyRotation implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPassKeyRotation.class);

    private final RotatingPassKey rotatingPassKey;
    private final Duration period;

    public ScheduledPassKeyRotation(RotatingPassKey rotatingPassKey, Duration period) {
        this.rotatingPassKey = rotatingPassKey;
        this.period = period;
    }

    @Override
    public void run() {
        try {
            RotatingPassKey.ScheduledRotation done = rotatingPassKey.rotateIfOlderThan(period);
            done.rotatedTo().ifPresent(key ->
                    log.info("Pass key rotated on schedule; passes are now signed with {}", key.keyId()));
            if (done.retiredKeysDeleted() > 0) {
                log.info("Deleted {} retired pass key(s) that no valid ticket's pass needs any more",
                        done.retiredKeysDeleted());
            }
        } catch (RuntimeException e) {
            // the next check retries; until then the current key keeps signing
            log.warn("Scheduled pass key rotation failed", e);
        }
    }
}
