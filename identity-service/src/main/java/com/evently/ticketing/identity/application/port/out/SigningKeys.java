package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;

import java.util.List;
import java.util.Optional;

/**
 * The key store shared by every replica: one key signs at a time; it and the key it replaced verify, so
 * tokens signed just before a rotation stay valid until they expire.
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

    /** {@code next} becomes the active key; the key it replaces keeps verifying, older keys are dropped. */
    void rotateTo(SigningKey next);

    /** The public halves of all keys whose tokens may still be in circulation, newest first. */
    List<VerificationKey> verificationKeys();
}
