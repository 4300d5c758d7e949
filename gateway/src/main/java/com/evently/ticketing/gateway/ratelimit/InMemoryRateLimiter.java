package com.evently.ticketing.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Buckets in this replica's memory: the limit applies per replica. Used when no Redis is configured, and as the
 * stand-in while Redis cannot be reached.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    // Bounds memory when many addresses call once each; evicting a bucket early only forgives its caller.
    private static final long MAX_CALLERS_PER_POLICY = 100_000;

    private final Map<String, Cache<String, Bucket>> bucketsByPolicy;

    public InMemoryRateLimiter(Collection<RateLimitPolicy> policies) {
        this.bucketsByPolicy = policies.stream().collect(Collectors.toUnmodifiableMap(RateLimitPolicy::name,
                policy -> Caffeine.newBuilder()
                        .maximumSize(MAX_CALLERS_PER_POLICY)
                        // A bucket untouched this long is full again: dropping it changes no decision.
                        .expireAfterAccess(policy.timeToRefillCompletely())
                        .build()));
    }

    @Override
    public Mono<RateLimitDecision> consume(RateLimitPolicy policy, String partition) {
        Cache<String, Bucket> buckets = bucketsByPolicy.get(policy.name());
        if (buckets == null) {
            throw new IllegalArgumentException("Unknown rate limit policy " + policy.name());
        }
        Bucket bucket = buckets.get(partition, newBucket(policy));
        return Mono.just(RateLimitDecision.of(policy, bucket.tryConsumeAndReturnRemaining(1)));
    }

    private static Function<String, Bucket> newBucket(RateLimitPolicy policy) {
        return partition -> policy.newLocalBucket();
    }
}
