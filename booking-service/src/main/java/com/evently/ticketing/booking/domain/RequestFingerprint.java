package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a request's canonical form: tells a retry of the same request (same fingerprint) from a
 * different request that reuses an idempotency key.
 */
public record RequestFingerprint(String sha256Hex) {

    public RequestFingerprint {
        if (sha256Hex == null || !sha256Hex.matches("[0-9a-f]{64}")) {
            throw new InvalidInput("not a SHA-256 hex digest: " + sha256Hex);
        }
    }

    public static RequestFingerprint of(String canonicalRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return new RequestFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
