package com.evently.ticketing.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** The opaque refresh token a client holds: 256 random bits. Handed out once, never stored, never printed. */
public record RefreshTokenSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public RefreshTokenSecret {
        Objects.requireNonNull(value, "value");
    }

    public static RefreshTokenSecret generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new RefreshTokenSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /**
     * SHA-256 rather than a slow hash: with 256 bits of entropy there is nothing to brute-force, and a
     * deterministic hash lets the token be looked up by it.
     */
    public RefreshTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new RefreshTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshTokenSecret[hidden]";
    }
}
