package com.evently.ticketing.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * The outcome of counting one request against a policy.
 *
 * @param policy           the policy it was counted against
 * @param allowed          whether the request may go on
 * @param remaining        requests the caller may still send right now
 * @param untilAllowed     when refused: how long until the next request would be let through
 * @param untilFullQuota   how long until the caller's whole quota is available again
 */
public record RateLimitDecision(RateLimitPolicy policy, boolean allowed, long remaining, Duration untilAllowed,
                                Duration untilFullQuota) {

    static RateLimitDecision of(RateLimitPolicy policy, ConsumptionProbe probe) {
        return new RateLimitDecision(policy, probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }
}
