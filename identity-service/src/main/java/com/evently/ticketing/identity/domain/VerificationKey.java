package com.evently.ticketing.identity.domain;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/** The public half of a {@link SigningKey}: what services check access-token signatures with. */
public record VerificationKey(String keyId, ECPublicKey publicKey) {

    public VerificationKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
