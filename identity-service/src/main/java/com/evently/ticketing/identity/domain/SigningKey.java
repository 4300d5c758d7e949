package com.evently.ticketing.identity.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The key pair access tokens are signed with: ECDSA on the P-256 curve, i.e. JWS algorithm ES256. Its
 * {@code keyId} travels in every token's header so verifiers pick the matching public key.
 */
public record SigningKey(String keyId, ECPublicKey publicKey, ECPrivateKey privateKey, Instant createdAt) {

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), (ECPublicKey) pair.getPublic(),
                    (ECPrivateKey) pair.getPrivate(), now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate P-256 keys", e);
        }
    }

    /** The public half, which anyone may have. */
    public VerificationKey verificationKey() {
        return new VerificationKey(keyId, publicKey);
    }

    @Override
    public String toString() {
        return "SigningKey[keyId=" + keyId + ", createdAt=" + createdAt + "]";
    }
}
