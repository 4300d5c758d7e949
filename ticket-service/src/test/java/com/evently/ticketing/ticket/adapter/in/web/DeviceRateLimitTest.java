package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.testsupport.SteppingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeviceRateLimitTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2027-03-01T09:00:00Z"));
    private final DeviceRateLimit limit = new DeviceRateLimit(clock);
    private final UUID device = UUID.randomUUID();

    @Test
    void deviceOverItsRequestsPerSecondWaitsForTheNextSecond() {
        IntStream.range(0, DeviceRateLimit.REQUESTS_PER_WINDOW).forEach(i -> limit.acquire(device));

        assertThatExceptionOfType(DeviceRateLimit.DeviceRateLimited.class).isThrownBy(() -> limit.acquire(device))
                .satisfies(limited -> assertThat(limited.retryAfter()).isPositive()
                        .isLessThanOrEqualTo(Duration.ofSeconds(1)));
        limit.acquire(UUID.randomUUID()); // another device is not held back

        clock.advance(Duration.ofSeconds(1));
        limit.acquire(device);
    }
}
