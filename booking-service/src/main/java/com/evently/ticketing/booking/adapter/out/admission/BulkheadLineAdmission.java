package com.evently.ticketing.booking.adapter.out.admission;

import com.evently.ticketing.booking.application.port.out.LineAdmission;
import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One Resilience4j semaphore bulkhead per inventory line, made on the line's first sale and dropped once the line
 * has been idle for {@code evictIdleAfter}, so memory follows the lines on sale now, not every line ever sold. The
 * idle time must exceed the longest sale (the transaction's time budget): a bulkhead dropped while a sale is still
 * inside it would let its successor admit more sales than the bound for a moment.
 */
public final class BulkheadLineAdmission implements LineAdmission {

    private final BulkheadConfig config;
    private final Cache<InventoryLineKey, Bulkhead> bulkheads;

    /**
     * @param maxInFlight sales of one line running at once in this process
     * @param maxWait     how long a sale over the bound waits for a turn before it is refused
     */
    public BulkheadLineAdmission(int maxInFlight, Duration maxWait, Duration evictIdleAfter) {
        // Fair: a sale that waits gets the next turn before one that arrives later.
        this.config = BulkheadConfig.custom()
                .maxConcurrentCalls(maxInFlight)
                .maxWaitDuration(maxWait)
                .fairCallHandlingStrategyEnabled(true)
                .build();
        this.bulkheads = Caffeine.newBuilder().expireAfterAccess(evictIdleAfter).build();
    }

    @Override
    public <T> T admit(InventoryLineKey line, Supplier<T> sale) {
        Bulkhead bulkhead = bulkheads.get(line,
                key -> Bulkhead.of("inventory-line-" + key.sessionId() + "-" + key.ticketTypeId(), config));
        if (!bulkhead.tryAcquirePermission()) {
            throw new LineBusy(line);
        }
        try {
            return sale.get();
        } finally {
            bulkhead.onComplete();
        }
    }

    /** Lines that have a bulkhead now; for tests of the eviction. */
    long linesTracked() {
        bulkheads.cleanUp();
        return bulkheads.estimatedSize();
    }
}
