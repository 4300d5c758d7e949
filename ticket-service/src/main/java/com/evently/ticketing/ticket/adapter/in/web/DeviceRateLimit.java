package com.evently.ticketing.ticket.adapter.in.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #REQUESTS_PER_WINDOW} requests per device per second on this replica: a scanner scans a few
 * tickets a second at most, so a device far beyond that is looping or was stolen, and must not crowd out the
 * others. Per replica and in memory: enough to contain one device; the gateway limits the totals.
 */
@Component
class DeviceRateLimit {

    static final int REQUESTS_PER_WINDOW = 20;
    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final Clock clock;
    private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

    DeviceRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** @throws DeviceRateLimited when the device used up its window */
    void acquire(UUID deviceId) {
        Instant now = clock.instant();
        Window window = windows.compute(deviceId, (id, current) -> current == null || !now.isBefore(current.endsAt())
                ? new Window(now.plus(WINDOW), 1)
                : new Window(current.endsAt(), current.used() + 1));
        if (window.used() > REQUESTS_PER_WINDOW) {
            throw new DeviceRateLimited(Duration.between(now, window.endsAt()));
        }
    }

    private record Window(Instant endsAt, int used) {
    }

    /** The device sent too many requests; it may try again after {@code retryAfter}. */
    static final class DeviceRateLimited extends RuntimeException {

        private final Duration retryAfter;

        DeviceRateLimited(Duration retryAfter) {
            super("Too many requests from this check-in device");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
