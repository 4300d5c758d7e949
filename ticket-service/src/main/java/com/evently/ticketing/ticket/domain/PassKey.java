package com.evently.ticketing.ticket.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A key pair check-in passes are signed with: ECDSA on P-256 (JWS ES256), which every JOSE library and scanner
 * app verifies. The key id is short on purpose: it travels in every QR code.
 */
public record PassKey(String keyId, ECPublicKey publicKey, ECPrivateKey privateKey, Instant createdAt) {

    /** 48 random bits: unique among the handful of keys a service ever has, in 8 characters. */
    private static final int KEY_ID_BYTES = 6;

    public PassKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static PassKey generate(SecureRandom random, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            byte[] id = new byte[KEY_ID_BYTES];
            random.nextBytes(id);
            return new PassKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                    (ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate(), now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate P-256 keys", e);
        }
    }

    public PassVerificationKey verificationKey() {
        return new PassVerificationKey(keyId, publicKey);
    }

    @Override
    public String toString() {
        return "PassKey[keyId=" + keyId + ", createdAt=" + createdAt + "]";
    }
}
