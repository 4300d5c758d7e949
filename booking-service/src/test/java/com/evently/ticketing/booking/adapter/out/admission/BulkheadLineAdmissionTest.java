package com.evently.ticketing.booking.adapter.out.admission;

import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BulkheadLineAdmissionTest {

    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final InventoryLineKey hot = aLine();
    final InventoryLineKey other = aLine();
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void refusesASaleOverTheBoundAfterTheWaitAndLetsOtherLinesIn() throws Exception {
        BulkheadLineAdmission admission = new BulkheadLineAdmission(2, Duration.ofMillis(100), Duration.ofMinutes(1));
        CountDownLatch inside = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> admission.admit(hot, () -> {
                inside.countDown();
                return awaitRelease();
            }));
        }
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        Instant asked = Instant.now();
        assertThatThrownBy(() -> admission.admit(hot, () -> "sold"))
                .isInstanceOfSatisfying(LineBusy.class, busy -> assertThat(busy.line()).isEqualTo(hot));
        assertThat(Duration.between(asked, Instant.now())).isBetween(Duration.ofMillis(90), Duration.ofMillis(1000));
        assertThat(admission.admit(other, () -> "sold")).isEqualTo("sold");
    }

    @Test
    void aWaitingSaleGetsTheTurnThatComesFreeWithinTheWait() throws Exception {
        BulkheadLineAdmission admission = new BulkheadLineAdmission(1, Duration.ofSeconds(5), Duration.ofMinutes(1));
        CountDownLatch inside = new CountDownLatch(1);
        pool.submit(() -> admission.admit(hot, () -> {
            inside.countDown();
            return awaitRelease();
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> admission.admit(hot, () -> "sold"), pool);
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        release.countDown();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("sold");
    }

    @Test
    void aFailingSaleGivesItsTurnBack() {
        BulkheadLineAdmission admission = new BulkheadLineAdmission(1, Duration.ofMillis(10), Duration.ofMinutes(1));

        assertThatThrownBy(() -> admission.admit(hot, () -> {
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(admission.admit(hot, () -> "sold")).isEqualTo("sold");
    }

    @Test
    void forgetsLinesThatWentIdle() {
        BulkheadLineAdmission admission = new BulkheadLineAdmission(1, Duration.ofMillis(10), Duration.ofMillis(50));
        admission.admit(hot, () -> "sold");
        admission.admit(other, () -> "sold");
        assertThat(admission.linesTracked()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(5)).until(() -> admission.linesTracked() == 0);
    }

    private String awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "sold";
    }

    private static InventoryLineKey aLine() {
        return new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }
}
