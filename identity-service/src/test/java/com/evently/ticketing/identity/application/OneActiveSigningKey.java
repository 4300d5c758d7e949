package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A key store holding one active key, for use cases that only sign; rotation has its own full-stack tests. */
final class OneActiveSigningKey implements SigningKeys {

    private final SigningKey key;

    OneActiveSigningKey(Instant createdAt) {
        this.key = SigningKey.generate(createdAt);
    }

    @Override
    public Optional<SigningKey> active() {
        return Optional.of(key);
    }

    @Override
    public SigningKey activateUnlessOneIsActive(SigningKey candidate) {
        return key;
    }

    @Override
    public void holdRotationLock() {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void rotateTo(SigningKey next) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<VerificationKey> verificationKeys(Instant retiredSince) {
        return List.of(key.verificationKey());
    }

    @Override
    public int deleteRetiredBefore(Instant cutoff) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public int encryptKeysStoredInClear() {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
