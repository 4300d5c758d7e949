package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.LoginAttemptKey;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Failed-login counts and lockouts, shared by every replica so that spreading guesses over replicas gains
 * an attacker nothing.
 */
public interface LoginFailures {

    /** The latest moment until which any of {@code keys} is locked, if one is locked at {@code now}. */
    Optional<Instant> lockedUntil(Collection<LoginAttemptKey> keys, Instant now);

    /**
     * Counts one more failure for the key and returns the count; a count whose last failure was before
     * {@code forgetBefore} restarts at 1.
     */
    int recordFailure(LoginAttemptKey key, Instant now, Instant forgetBefore);

    void lockUntil(LoginAttemptKey key, Instant until);

    void clear(LoginAttemptKey key);

    /** Forgets counts whose last failure was before {@code forgetBefore} and that are not locked at {@code now}. */
    int deleteQuietSince(Instant forgetBefore, Instant now);
}
