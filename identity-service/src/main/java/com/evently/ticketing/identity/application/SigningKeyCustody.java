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
    private final Clock clock;

    public SigningKeyCustody(SigningKeys signingKeys, Clock clock) {
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    @Override
    public SigningKey ensureActiveKey() {
        return signingKeys.active()
                .orElseGet(() -> signingKeys.activateUnlessOneIsActive(SigningKey.generate(clock.instant())));
    }

    @Override
    public List<VerificationKey> verificationKeys() {
        return signingKeys.verificationKeys();
    }
}
