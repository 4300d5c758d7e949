package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An opaque token a client holds (a refresh token, a password-reset token): 256 random bits. Handed out once,
 * never stored, never printed; the service keeps only its {@link #hash()}.
 */
public record SecretToken(String value) {

    /** The longest token accepted from a client: generated ones are 43 characters. */
    public static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    public SecretToken {
        Objects.requireNonNull(value, "token");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidInput("token must have between 1 and " + MAX_LENGTH + " characters");
        }
    }

    public static SecretToken generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /**
     * SHA-256 rather than a slow hash: with 256 bits of entropy there is nothing to brute-force, and a
     * deterministic hash lets the token be looked up by it.
     */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[hidden]";
    }
}
