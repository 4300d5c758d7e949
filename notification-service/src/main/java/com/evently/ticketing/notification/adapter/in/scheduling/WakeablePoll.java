package com.evently.ticketing.notification.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs a task on a thread of its own, one run at a time: as soon as its {@link WakeUpSignal} is given, and otherwise
 * a poll interval after the last run ended, the fallback for work that no signal on this replica announced.
 * <p>
 * A wake-up given while a run is under way makes exactly one more run follow it, however many are given meanwhile:
 * the run under way may have looked before that work existed, the next one starts after it did. So no signal is
 * lost and none adds a run of its own (the outbox relay's {@code wakeUp} works the same way).
 */
public final class WakeablePoll implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WakeablePoll.class);

    private final String name;
    private final Runnable task;
    private final WakeUpSignal wakeUps;
    private final Duration pollInterval;

    private volatile boolean running;
    private volatile Thread worker;

    /** @param name names the thread, and the task in the log */
    public WakeablePoll(String name, Runnable task, WakeUpSignal wakeUps, Duration pollInterval) {
        this.name = Objects.requireNonNull(name, "name");
        this.task = Objects.requireNonNull(task, "task");
        this.wakeUps = Objects.requireNonNull(wakeUps, "wakeUps");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name(name).start(this::runUntilStopped);
    }

    /** Ends the wait for the next run at once; a run under way goes on. */
    @Override
    public void stop() {
        running = false;
        wakeUps.signal();
    }

    /**
     * Reports stopped once a run under way has finished, so that what it took on (a claimed mail) gets its outcome
     * recorded before the database goes; Spring waits for it at most {@code spring.lifecycle.timeout-per-shutdown-phase}.
     */
    @Override
    public void stop(Runnable stopped) {
        stop();
        Thread current = worker;
        if (current == null) {
            stopped.run();
            return;
        }
        Thread.ofVirtual().name(name + "-stopping").start(() -> {
            try {
                current.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.run();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void runUntilStopped() {
        while (running) {
            try {
                wakeUps.awaitAtMost(pollInterval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (running) {
                runOnce();
            }
        }
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the thread must outlive a failed run: nothing else would start the next one
            log.error("{} run failed, the next wake-up or poll tries again", name, e);
        }
    }
}
