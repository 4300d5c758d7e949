package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.SigningKey;

import java.time.Clock;

/** Before the first token is issued: load the active signing key, or create it if there is none yet. */
public class EnsuringSigningKey {

    private final SigningKeys signingKeys;
    private final VerificationKeyCache verificationKeyCache;
    private final Clock clock;

    public EnsuringSigningKey(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache, Clock clock) {
        this.signingKeys = signingKeys;
        this.verificationKeyCache = verificationKeyCache;
        this.clock = clock;
    }

    /**
     * The active key; replicas starting at once end up with the same one. Also encrypts what an earlier version
     * left in clear, before any key is read.
     */
    public SigningKey ensureActiveKey() {
        signingKeys.encryptKeysStoredInClear();
        SigningKey active = signingKeys.active()
                .orElseGet(() -> signingKeys.activateUnlessOneIsActive(SigningKey.generate(clock.instant())));
        verificationKeyCache.forget();
        return active;
    }
}
