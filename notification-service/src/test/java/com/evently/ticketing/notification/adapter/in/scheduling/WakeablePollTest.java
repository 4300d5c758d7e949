package com.evently.ticketing.notification.adapter.in.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poll with an hour between polls, so every run a test sees was started by a wake-up; runs are counted as they
 * start.
 */
class WakeablePollTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final WakeUpSignal wakeUps = new WakeUpSignal();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger runsUnderWay = new AtomicInteger();
    private final AtomicInteger mostRunsAtOnce = new AtomicInteger();
    private WakeablePoll poll;

    @AfterEach
    void stopPoll() {
        poll.stop();
    }

    @Test
    void runsAsSoonAsWokenThoughTheNextPollIsAnHourAway() {
        start(AN_HOUR, () -> {
        });

        wakeUps.signal();

        await().atMost(Duration.ofSeconds(1)).until(() -> runs.get() == 1);
    }

    @Test
    void wakeUpsDuringARunLeadToExactlyOneMoreRun() throws Exception {
        CountDownLatch firstRunUnderWay = new CountDownLatch(1);
        CountDownLatch firstRunMayEnd = new CountDownLatch(1);
        start(AN_HOUR, () -> {
            if (runs.get() == 1) {
                firstRunUnderWay.countDown();
                awaitQuietly(firstRunMayEnd);
            }
        });
        wakeUps.signal();
        assertThat(firstRunUnderWay.await(5, TimeUnit.SECONDS)).isTrue();

        // ten thousand mails committed by four threads while the run is under way
        try (ExecutorService committers = Executors.newFixedThreadPool(4)) {
            for (int thread = 0; thread < 4; thread++) {
                committers.submit(() -> {
                    for (int mail = 0; mail < 2_500; mail++) {
                        wakeUps.signal();
                    }
                });
            }
        }
        firstRunMayEnd.countDown();

        await().atMost(PATIENCE).until(() -> runs.get() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
        assertThat(mostRunsAtOnce).hasValue(1);
    }

    @Test
    void aWakeUpGivenAsARunEndsIsNotLost() {
        // the run has looked for work: what was committed since is found only by a run that starts after it
        start(AN_HOUR, () -> {
            if (runs.get() == 1) {
                wakeUps.signal();
            }
        });

        wakeUps.signal();

        await().atMost(PATIENCE).until(() -> runs.get() == 2);
    }

    @Test
    void runsAtThePollIntervalWhenNobodyWakesIt() {
        start(Duration.ofMillis(50), () -> {
        });

        await().atMost(PATIENCE).until(() -> runs.get() >= 3);
    }

    @Test
    void aFailedRunDoesNotEndThePolling() {
        start(AN_HOUR, () -> {
            if (runs.get() == 1) {
                throw new IllegalStateException("database unreachable");
            }
        });
        wakeUps.signal();
        await().atMost(PATIENCE).until(() -> runs.get() == 1);

        wakeUps.signal();

        await().atMost(PATIENCE).until(() -> runs.get() == 2);
    }

    @Test
    void stoppingLetsTheRunUnderWayFinishAndStartsNoOther() throws Exception {
        CountDownLatch runUnderWay = new CountDownLatch(1);
        CountDownLatch runMayEnd = new CountDownLatch(1);
        start(AN_HOUR, () -> {
            runUnderWay.countDown();
            awaitQuietly(runMayEnd);
        });
        wakeUps.signal();
        assertThat(runUnderWay.await(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch stopped = new CountDownLatch(1);
        poll.stop(stopped::countDown);
        wakeUps.signal();

        assertThat(stopped.await(300, TimeUnit.MILLISECONDS)).as("stopped before its run ended").isFalse();
        runMayEnd.countDown();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(poll.isRunning()).isFalse();
        assertThat(runs).hasValue(1);
    }

    private void start(Duration pollInterval, Runnable work) {
        poll = new WakeablePoll("test-poll", () -> {
            runs.incrementAndGet();
            mostRunsAtOnce.accumulateAndGet(runsUnderWay.incrementAndGet(), Math::max);
            try {
                work.run();
            } finally {
                runsUnderWay.decrementAndGet();
            }
        }, wakeUps, pollInterval);
        poll.start();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
