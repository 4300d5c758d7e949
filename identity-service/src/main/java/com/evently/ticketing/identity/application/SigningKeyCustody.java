package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.in.EnsureSigningKey;
import com.evently.ticketing.identity.application.port.in.ListVerificationKeys;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.VerificationKey;

import java.time.Clock;
import java.util.List;

public class SigningKeyCustody implements EnsureSigningKey, ListVerificationKeys {

    private final SigningKeys signingKeys;
    private final VerificationKeyCache verificationKeyCache;
    private final Clock clock;

    public SigningKeyCustody(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache, Clock clock) {
        this.signingKeys = signingKeys;
        this.verificationKeyCache = verificationKeyCache;
        this.clock = clock;
    }

    /** Also encrypts what an earlier version left in clear, before any key is read. */
    @Override
    public SigningKey ensureActiveKey() {
        signingKeys.encryptKeysStoredInClear();
        SigningKey active = signingKeys.active()
                .orElseGet(() -> signingKeys.activateUnlessOneIsActive(SigningKey.generate(clock.instant())));
        verificationKeyCache.forget();
        return active;
    }

    @Override
    public List<VerificationKey> verificationKeys() {
        return verificationKeyCache.current();
    }

    @Override
    public List<VerificationKey> verificationKeysForUnknownKeyId() {
        return verificationKeyCache.lookingForAnUnknownKey();
    }
}
