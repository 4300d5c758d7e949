package com.evently.ticketing.identity.adapter.in.scheduling;

import com.evently.ticketing.identity.application.RotatingSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Checks now and then whether the active signing key has reached its rotation period. Runs on every
 * replica; the use case makes sure only one of them rotates.
 */
public class ScheduledSigningKeyRotation implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSigningKeyRotation.class);

    private final RotatingSigningKey rotatingSigningKey;
    private final Duration period;

    public ScheduledSigningKeyRotation(RotatingSigningKey rotatingSigningKey, Duration period) {
        this.rotatingSigningKey = rotatingSigningKey;
        this.period = period;
    }

    @Override
    public void run() {
        try {
            rotatingSigningKey.rotateIfOlderThan(period)
                    .ifPresent(key -> log.info("Signing key rotated on schedule; tokens are now signed with {}", key.keyId()));
        } catch (RuntimeException e) {
            // the next check retries; until then the current key keeps signing
            log.warn("Scheduled signing key rotation failed", e);
        }
    }
}
