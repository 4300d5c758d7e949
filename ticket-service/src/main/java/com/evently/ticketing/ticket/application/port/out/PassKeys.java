package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pass keys every replica shares: one signs at a time; the keys it replaced are retired and keep verifying,
 * because a pass lives as long as its ticket (months, for an early booking). Private halves are kept encrypted.
 */
public interface PassKeys {

    /** The key new passes are signed with, if one was activated. */
    Optional<PassKey> active();

    /** Makes {@code candidate} active unless a key is; returns the active key. Concurrent callers get the same one. */
    PassKey activateUnlessOneIsActive(PassKey candidate);

    /** Until the current transaction ends, no other replica rotates keys. */
    void holdRotationLock();

    /** {@code next} becomes the active key; the one it replaces is retired as of {@code next}'s creation. */
    void rotateTo(PassKey next);

    /**
     * Deletes retired keys that no valid ticket needs any more: none issued while the key signed (give or take
     * {@code clockSkew} between replicas) still admits, i.e. each such ticket's session ended more than
     * {@code checkInClosesAfter} before {@code now}. A ticket without a known session time keeps its key.
     *
     * @return how many keys were deleted
     */
    int deleteRetiredWithoutLivePasses(Instant now, Duration checkInClosesAfter, Duration clockSkew);

    /** The public halves of the active and every retired key, newest first. */
    List<PassVerificationKey> verificationKeys();
}
