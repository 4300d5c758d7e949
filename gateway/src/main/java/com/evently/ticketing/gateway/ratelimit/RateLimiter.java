package com.evently.ticketing.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Counts requests against a policy, separately for each caller ({@code partition}: an address, a user id). */
public sealed interface RateLimiter permits InMemoryRateLimiter, RedisRateLimiter {

    Mono<RateLimitDecision> consume(RateLimitPolicy policy, String partition);
}
