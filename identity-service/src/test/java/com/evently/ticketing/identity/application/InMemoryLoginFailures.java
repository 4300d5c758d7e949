package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.domain.LoginAttemptKey;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Attempt counts in a map. Unlike the database it does not roll back a refused attempt's partial counts. */
final class InMemoryLoginFailures implements LoginFailures {

    private record Count(int attempts, Instant lastAttempt, Instant lockedUntil) {
    }

    private final Map<LoginAttemptKey, Count> counts = new HashMap<>();

    @Override
    public Optional<Instant> lockedUntil(Collection<LoginAttemptKey> keys, Instant now) {
        return keys.stream().map(counts::get).filter(Objects::nonNull).map(Count::lockedUntil)
                .filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo);
    }

    @Override
    public OptionalInt reserve(LoginAttemptKey key, Instant now, Instant forgetBefore) {
        Count count = counts.get(key);
        if (count != null && count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
            return OptionalInt.empty();
        }
        int attempts = count == null || count.lastAttempt().isBefore(forgetBefore) ? 1 : count.attempts() + 1;
        counts.put(key, new Count(attempts, now, null));
        return OptionalInt.of(attempts);
    }

    @Override
    public void lockUntil(LoginAttemptKey key, Instant until) {
        counts.computeIfPresent(key, (k, count) -> new Count(count.attempts(), count.lastAttempt(), until));
    }

    @Override
    public void giveBack(LoginAttemptKey key) {
        counts.computeIfPresent(key, (k, count) -> new Count(Math.max(0, count.attempts() - 1), count.lastAttempt(), null));
    }

    @Override
    public void clear(LoginAttemptKey key) {
        counts.remove(key);
    }
}
