package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.ratelimit.InMemoryRateLimiter;
import com.evently.ticketing.gateway.ratelimit.RateLimitDecision;
import com.evently.ticketing.gateway.ratelimit.RateLimitPolicy;
import com.evently.ticketing.gateway.ratelimit.RedisRateLimiter;
import com.evently.ticketing.testsupport.TcpRelay;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis-backed limiter alone, against the test JVM's own Redis ({@link TestRedis}). */
class RedisRateLimiterTest {

    private static final RateLimitPolicy TWO_PER_MINUTE = new RateLimitPolicy("auth", 2, Duration.ofMinutes(1), 2);
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(300);

    @Test
    void keepsLimitingInThisReplicaWhileRedisDoesNotAnswer() throws Exception {
        try (TestRedis redis = new TestRedis();
             TcpRelay silentRedis = TcpRelay.inFrontOf(TestRedis.port());
             RedisRateLimiter limiter = new RedisRateLimiter(URI.create("redis://127.0.0.1:" + silentRedis.port()),
                     redis.keyPrefix(), REDIS_TIMEOUT, new InMemoryRateLimiter(List.of(TWO_PER_MINUTE)))) {
            assertThat(consume(limiter).allowed()).isTrue();
            assertThat(redis.keys()).as("counted in Redis while it answers").hasSize(1);

            silentRedis.stall();
            long started = System.nanoTime();
            List<Boolean> allowed = List.of(consume(limiter).allowed(), consume(limiter).allowed(), consume(limiter).allowed());
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(allowed).as("a fresh local bucket of two").containsExactly(true, true, false);
            assertThat(waited).as("each request waits for Redis no longer than its timeout")
                    .isLessThan(REDIS_TIMEOUT.multipliedBy(3).plusSeconds(2));
        }
    }

    @Test
    void leavesNoKeyBehindOnceTheBucketWouldBeFullAgain() {
        try (TestRedis redis = new TestRedis();
             RedisRateLimiter limiter = new RedisRateLimiter(URI.create(TestRedis.url()), redis.keyPrefix(), REDIS_TIMEOUT,
                     new InMemoryRateLimiter(List.of(TWO_PER_MINUTE)))) {
            consume(limiter);

            String key = redis.keyPrefix() + "auth:198.51.100.23";
            assertThat(redis.keys()).containsExactly(key);
            // One request taken from a bucket of two refilled at two a minute: full again after 30 s.
            assertThat(redis.timeToLive(key)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(32));
        }
    }

    private static RateLimitDecision consume(RedisRateLimiter limiter) {
        return limiter.consume(TWO_PER_MINUTE, "198.51.100.23").block(Duration.ofSeconds(5));
    }
}
