package com.evently.ticketing.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * One named limit and the bucket that enforces it for each caller it is counted for.
 *
 * @param name     appears in the {@code RateLimit} headers and in the Redis keys, e.g. {@code auth}
 * @param requests refill: this many requests per {@code window}
 * @param window   refill period
 * @param burst    how many requests a caller with a full bucket may send at once
 */
public record RateLimitPolicy(String name, long requests, Duration window, long burst) {

    public static RateLimitPolicy of(String name, RateLimitProperties.Quota quota) {
        return new RateLimitPolicy(name, quota.requests(), quota.window(), quota.burst());
    }

    public BucketConfiguration bucketConfiguration() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }

    public Bucket newLocalBucket() {
        return Bucket.builder().addLimit(bandwidth()).build();
    }

    /** How long an emptied bucket takes to fill up again; after that, forgetting it changes nothing. */
    public Duration timeToRefillCompletely() {
        return window.multipliedBy(burst).dividedBy(requests).plusSeconds(1);
    }

    // Greedy refill: tokens come back continuously (one every window/requests), not all at the end of a window,
    // so a caller who waits a little can send a little, and there is no window boundary to burst across.
    private Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(burst).refillGreedy(requests, window).build();
    }
}
