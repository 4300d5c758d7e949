package com.evently.ticketing.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets kept in Redis, so that every gateway replica draws from the same ones. Bucket4j updates a bucket with
 * a compare-and-swap script, so replicas racing on one caller never let more requests through than the limit.
 * Each key expires once its bucket would be full again, so Redis holds only callers that are being limited.
 * <p>
 * When Redis fails or is slow, the request is counted in this replica's memory instead: limits keep applying,
 * per replica, rather than the gateway refusing everything or nothing.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final long WARN_AT_MOST_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final String keyPrefix;
    private final Duration timeout;
    private final InMemoryRateLimiter fallback;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_AT_MOST_EVERY_NANOS);

    public RedisRateLimiter(URI redisUrl, String keyPrefix, Duration timeout, InMemoryRateLimiter fallback) {
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
        this.fallback = fallback;
        this.client = RedisClient.create(RedisURI.create(redisUrl));
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                // While disconnected, fail at once (and count locally) instead of queueing until Redis is back.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        // Connects now: a wrong REDIS_URL stops the gateway at start-up instead of going unnoticed.
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                .requestTimeout(timeout)
                .build()
                .asAsync();
    }

    @Override
    public Mono<RateLimitDecision> consume(RateLimitPolicy policy, String partition) {
        String key = keyPrefix + policy.name() + ":" + partition;
        return Mono.fromFuture(() -> buckets.builder()
                        .build(key, policy.bucketConfiguration())
                        .tryConsumeAndReturnRemaining(1))
                .timeout(timeout)
                .map(probe -> RateLimitDecision.of(policy, probe))
                .onErrorResume(failure -> {
                    warnNowAndThen(failure);
                    return fallback.consume(policy, partition);
                });
    }

    // Once a minute at most: with Redis down, every request would otherwise log the same line.
    private void warnNowAndThen(Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_AT_MOST_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limits cannot be counted in Redis, counting in this replica until it answers again: {}",
                    failure.toString());
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
