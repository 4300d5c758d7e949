package com.evently.ticketing.deploy;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for what the suite does asynchronously (everything that travels through Kafka or the mail queue):
 * repeats an assertion until it holds, and when time runs out fails with the last reason it did not.
 */
final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(500);

    private Eventually() {
    }

    static void within(Duration timeout, ThrowingRunnable assertion) {
        within(timeout, () -> {
            assertion.run();
            return null;
        });
    }

    /** @return what the assertion returned the first time it passed */
    static <T> T within(Duration timeout, Callable<T> assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return assertion.call();
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("still not true after " + timeout.toSeconds() + " s: "
                            + notYet.getMessage(), notYet);
                }
            } catch (Exception e) {
                throw new IllegalStateException("could not check", e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
