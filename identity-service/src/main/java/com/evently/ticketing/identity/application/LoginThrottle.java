package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.domain.LoginAttemptKey;
import com.evently.ticketing.identity.domain.LoginThrottling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Applies the {@link LoginThrottling} policy to the failure counts every replica shares. */
public class LoginThrottle {

    private final LoginFailures loginFailures;
    private final LoginThrottling policy;

    public LoginThrottle(LoginFailures loginFailures, LoginThrottling policy) {
        this.loginFailures = loginFailures;
        this.policy = policy;
    }

    /** How long until an attempt under these keys is checked again; empty when none of them is locked. */
    Optional<Duration> retryAfter(List<LoginAttemptKey> keys, Instant now) {
        return loginFailures.lockedUntil(keys, now).map(until -> Duration.between(now, until));
    }

    /** Counts a failure against every key and locks those that reached their maximum. In a transaction. */
    void recordFailure(List<LoginAttemptKey> keys, Instant now) {
        Instant forgetBefore = now.minus(policy.failureWindow());
        for (LoginAttemptKey key : keys) {
            int consecutiveFailures = loginFailures.recordFailure(key, now, forgetBefore);
            policy.lockoutAfter(key.scope(), consecutiveFailures)
                    .ifPresent(lockout -> loginFailures.lockUntil(key, now.plus(lockout)));
        }
    }

    /** The account proved its password: its count starts over. The address keeps its count (it may be guessing). */
    void recordSuccess(LoginAttemptKey account) {
        loginFailures.clear(account);
    }

    /** Counts that can no longer lead to a lockout. */
    int forgetQuietCounts(Instant now) {
        return loginFailures.deleteQuietSince(now.minus(policy.failureWindow()), now);
    }
}
