package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BoundedCloseTest {

    @Test
    void aPieceThatStopsIsStopped() {
        AtomicBoolean closed = new AtomicBoolean();

        assertThat(BoundedClose.close("kafka", () -> closed.set(true), Duration.ofSeconds(10))).isTrue();
        assertThat(closed).isTrue();
    }

    @Test
    void aPieceStuckInItsShutdownIsLeftBehindAfterTheDeadline() {
        CountDownLatch never = new CountDownLatch(1);
        long started = System.nanoTime();

        boolean stopped = BoundedClose.close("kafka", never::await, Duration.ofMillis(300));

        assertThat(stopped).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPieceThatFailsToStopDoesNotStopTheOthers() {
        assertThat(BoundedClose.close("kafka", () -> {
            throw new IllegalStateException("broker already dead");
        }, Duration.ofSeconds(10))).isTrue();
    }
}
