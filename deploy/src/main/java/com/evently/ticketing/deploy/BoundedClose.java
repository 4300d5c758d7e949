package com.evently.ticketing.deploy;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops one piece of the suite but waits for it only so long: a piece stuck in its own shutdown (a Kafka broker after
 * a fatal error did) must not keep the pieces after it, PostgreSQL last of all, running once the launcher exits.
 */
final class BoundedClose {

    private static final Logger log = LoggerFactory.getLogger(BoundedClose.class);

    private BoundedClose() {
    }

    /** Closes {@code piece}; answers whether it finished within {@code deadline} (failed or not). */
    static boolean close(String name, AutoCloseable piece, Duration deadline) {
        Thread stopping = Thread.ofPlatform().daemon().name("stopping-" + name).start(() -> {
            try {
                piece.close();
            } catch (Exception e) {
                log.warn("could not stop {}: {}", name, e.toString());
            }
        });
        try {
            if (stopping.join(deadline)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.warn("{} did not stop within {} s; stopping the rest without it", name, deadline.toSeconds());
        return false;
    }
}
