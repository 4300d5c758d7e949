package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.LoginAttemptKey;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Login attempt counts and lockouts, shared by every replica so that spreading guesses over replicas gains
 * an attacker nothing. An attempt is counted before its password is checked, so that parallel guesses cannot
 * all slip through while the first ones are still being checked.
 */
public interface LoginFailures {

    /** The latest moment until which any of {@code keys} is locked, if one is locked at {@code now}. */
    Optional<Instant> lockedUntil(Collection<LoginAttemptKey> keys, Instant now);

    /**
     * Counts one more attempt for the key unless it is locked at {@code now}, and returns the count; a count
     * whose last attempt was before {@code forgetBefore} restarts at 1. Empty when the key is locked. The key
     * stays locked against other transactions until the current one ends.
     */
    OptionalInt reserve(LoginAttemptKey key, Instant now, Instant forgetBefore);

    void lockUntil(LoginAttemptKey key, Instant until);

    /**
     * Takes back one attempt whose password proved right, and the lock it may have set: a lock is only ever
     * set by the attempt reaching the maximum, which no other attempt can follow while the lock lasts.
     */
    void giveBack(LoginAttemptKey key);

    void clear(LoginAttemptKey key);
}
