package com.evently.ticketing.ticket.domain;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/** The public half of a {@link PassKey}: published for scanners, and what check-in verifies passes with. */
public record PassVerificationKey(String keyId, ECPublicKey publicKey) {

    public PassVerificationKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
