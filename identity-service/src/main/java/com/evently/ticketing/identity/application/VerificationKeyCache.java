package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.VerificationKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The verification keys as last read from the key store: the JWKS and the service's own token check are
 * answered from memory, so that neither a crowd of verifiers nor tokens with made-up key ids turn into one
 * database query each. A rotation on this replica empties it at once; one on another replica shows after at
 * most {@code timeToLive}, or after {@code unknownKeyReloadInterval} for a token signed by a key not seen yet.
 */
public class VerificationKeyCache {

    private final SigningKeys signingKeys;
    private final Clock clock;
    private final Duration timeToLive;
    private final Duration unknownKeyReloadInterval;
    private final Duration publishedAfterRetirement;
    /** One read at a time: callers arriving during a read wait for its result instead of reading too. */
    private final ReentrantLock reading = new ReentrantLock();
    /** Moves on with every {@link #forget()}, so that a read begun before a rotation is not kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /**
     * @param publishedAfterRetirement how long a key that stopped signing stays published: the longest an access
     *                                 token lives plus the clock skew verifiers allow
     */
    public VerificationKeyCache(SigningKeys signingKeys, Clock clock, Duration timeToLive,
                                Duration unknownKeyReloadInterval, Duration publishedAfterRetirement) {
        this.signingKeys = Objects.requireNonNull(signingKeys, "signingKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.unknownKeyReloadInterval = Objects.requireNonNull(unknownKeyReloadInterval, "unknownKeyReloadInterval");
        this.publishedAfterRetirement = Objects.requireNonNull(publishedAfterRetirement, "publishedAfterRetirement");
    }

    List<VerificationKey> current() {
        return readIfOlderThan(timeToLive);
    }

    List<VerificationKey> lookingForAnUnknownKey() {
        return readIfOlderThan(unknownKeyReloadInterval);
    }

    /** After a change to the key store on this replica: the next request reads it again. */
    void forget() {
        generation.incrementAndGet();
        snapshot = null;
    }

    Duration publishedAfterRetirement() {
        return publishedAfterRetirement;
    }

    private List<VerificationKey> readIfOlderThan(Duration maxAge) {
        Snapshot seen = snapshot;
        if (seen != null && seen.youngerThan(maxAge, clock.instant())) {
            return seen.keys();
        }
        reading.lock();
        try {
            Snapshot latest = snapshot;
            Instant now = clock.instant();
            if (latest != null && latest != seen && latest.youngerThan(maxAge, now)) {
                return latest.keys(); // read by another caller while this one waited
            }
            long readingGeneration = generation.get();
            List<VerificationKey> keys = List.copyOf(signingKeys.verificationKeys(now.minus(publishedAfterRetirement)));
            if (generation.get() == readingGeneration) {
                snapshot = new Snapshot(keys, now);
            }
            return keys;
        } finally {
            reading.unlock();
        }
    }

    private record Snapshot(List<VerificationKey> keys, Instant readAt) {

        boolean youngerThan(Duration maxAge, Instant now) {
            return now.isBefore(readAt.plus(maxAge));
        }
    }
}
