package com.evently.ticketing.identity.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How repeated login failures are slowed down. Every attempt is counted before its password is checked (and
 * given back once the password proved right), per account at one client address, per client address, and per
 * account from client addresses that have no successful login on it within {@code knownAddressRetention}. A
 * count is forgotten after {@code failureWindow} without attempts. Once a count reaches its maximum, the key
 * is locked for {@code firstLockout}, doubled for every further failure, up to {@code maxLockout}. Addresses
 * get a higher maximum than accounts because many people can share one (an office, a mobile carrier's NAT).
 * An address the account's owner logged in from before is not held up by guesses from elsewhere: only its own
 * failures lock it.
 */
public record LoginThrottling(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration failureWindow,
                              Duration firstLockout, Duration maxLockout, Duration knownAddressRetention) {

    public LoginThrottling {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("the failure maximums must be at least 1");
        }
        Objects.requireNonNull(failureWindow, "failureWindow");
        Objects.requireNonNull(firstLockout, "firstLockout");
        Objects.requireNonNull(maxLockout, "maxLockout");
        Objects.requireNonNull(knownAddressRetention, "knownAddressRetention");
        if (!failureWindow.isPositive() || !firstLockout.isPositive() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("the window and lockouts must be positive, and the longest lockout at least the first");
        }
        if (maxLockout.compareTo(failureWindow) > 0) {
            // a lockout outlasting the window would make the count restart at 1 and the lockouts stop growing
            throw new IllegalArgumentException("the longest lockout must not exceed the failure window");
        }
        if (!knownAddressRetention.isPositive()) {
            throw new IllegalArgumentException("the known address retention must be positive");
        }
    }

    /** How long a key is locked after its {@code consecutiveFailures}-th failure; empty below the maximum. */
    public Optional<Duration> lockoutAfter(LoginAttemptKey.Scope scope, int consecutiveFailures) {
        int maximum = scope == LoginAttemptKey.Scope.CLIENT_ADDRESS ? maxFailuresPerAddress : maxFailuresPerAccount;
        int beyondMaximum = consecutiveFailures - maximum;
        if (beyondMaximum < 0) {
            return Optional.empty();
        }
        // capped before shifting: 2^31 would overflow, and any lockout that long is past the cap anyway
        Duration lockout = firstLockout.multipliedBy(1L << Math.min(beyondMaximum, 30));
        return Optional.of(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
    }
}
