package com.evently.ticketing.event;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it holds or the time is up, for what reaches the service through Kafka. */
final class Eventually {

    static void within(Duration timeout, Runnable assertion) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private Eventually() {
    }
}
