package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.PassKey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A new pass key starts signing; the one it replaces keeps verifying the passes it signed, which stay valid. Passes
 * already issued are not re-signed: a scanner that has the published keys verifies old and new alike. A retired key
 * is deleted (and leaves the published set) once no pass it signed can admit anybody any more.
 */
public class RotatingPassKey {

    /** Replicas' clocks differ a little: a ticket stamped just outside its key's time still counts as its key's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Transactions transactions;
    private final PassKeys keys;
    private final Duration checkInClosesAfter;
    private final SecureRandom random;
    private final Clock clock;

    public RotatingPassKey(Transactions transactions, PassKeys keys, Duration checkInClosesAfter, SecureRandom random,
                           Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.checkInClosesAfter = checkInClosesAfter;
        this.random = random;
        this.clock = clock;
    }

    /** @throws CheckInNotPermitted unless an administrator asks */
    public PassKey rotate(Caller caller) {
        if (!caller.isAdmin()) {
            throw new CheckInNotPermitted("Only an administrator rotates the pass keys");
        }
        return transactions.inTransaction(() -> {
            keys.holdRotationLock();
            PassKey next = PassKey.generate(random, clock.instant());
            keys.rotateTo(next);
            return next;
        });
    }

    /**
     * The scheduled check every replica runs: rotates when the active key is {@code maxAge} old (one replica does,
     * the others then see the fresh key under the lock), and deletes the retired keys no pass needs any more.
     */
    public ScheduledRotation rotateIfOlderThan(Duration maxAge) {
        return transactions.inTransaction(() -> {
            keys.holdRotationLock();
            Instant now = clock.instant();
            boolean due = keys.active().map(key -> !key.createdAt().plus(maxAge).isAfter(now)).orElse(false);
            Optional<PassKey> rotated = Optional.empty();
            if (due) {
                PassKey next = PassKey.generate(random, now);
                keys.rotateTo(next);
                rotated = Optional.of(next);
            }
            int deleted = keys.deleteRetiredWithoutLivePasses(now, checkInClosesAfter, CLOCK_SKEW);
            return new ScheduledRotation(rotated, deleted);
        });
    }

    /** What one scheduled check did: the key that now signs, if it rotated, and how many retired keys it deleted. */
    public record ScheduledRotation(Optional<PassKey> rotatedTo, int retiredKeysDeleted) {
    }
}
