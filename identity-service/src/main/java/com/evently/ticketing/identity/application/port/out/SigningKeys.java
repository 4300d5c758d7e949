package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The key store shared by every replica: one key signs at a time; a key it replaced is retired and keeps
 * verifying while tokens it signed may still be valid. Private halves are kept encrypted.
 */
public interface SigningKeys {

    /** The key new tokens are signed with, if one was activated. */
    Optional<SigningKey> active();

    /**
     * Makes {@code candidate} the active key unless a key is active already, and returns the key that is active
     * afterwards. Concurrent callers (replicas starting together) all get the same key back.
     */
    SigningKey activateUnlessOneIsActive(SigningKey candidate);

    /** Until the current transaction ends, no other replica rotates keys. */
    void holdRotationLock();

    /** {@code next} becomes the active key; the key it replaces is retired as of {@code next}'s creation. */
    void rotateTo(SigningKey next);

    /** The public halves of the active key and of the keys retired at or after {@code retiredSince}, newest first. */
    List<VerificationKey> verificationKeys(Instant retiredSince);

    /** Deletes the keys retired before {@code cutoff}, private halves included; returns how many. */
    int deleteRetiredBefore(Instant cutoff);

    /** Encrypts the private halves an earlier version stored in clear; returns how many. Safe to run concurrently. */
    int encryptKeysStoredInClear();
}
