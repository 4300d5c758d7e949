package com.evently.ticketing.notification.adapter.in.scheduling;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells a {@link WakeablePoll} that there is work, from any thread. At most one wake-up is pending: the ones given
 * before the poll takes it count as one, so a burst of ten thousand costs one run, not ten thousand.
 */
public final class WakeUpSignal {

    private final BlockingQueue<Boolean> pending = new ArrayBlockingQueue<>(1);

    /** Never blocks: when a wake-up is already pending, the run it starts will see this work too. */
    public void signal() {
        pending.offer(Boolean.TRUE);
    }

    /** Returns when a wake-up is taken, or after {@code timeout} without one. */
    void awaitAtMost(Duration timeout) throws InterruptedException {
        pending.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
