package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The single-use secret of a password reset, as identity-service issued it. It belongs in the mail to its owner
 * and nowhere else: {@link #toString()} hides it, failures never quote it, and the queue knows it by its
 * {@link #fingerprint()}.
 */
public record ResetToken(String value) {

    /** What identity's contract promises (its schema's minLength); shorter would be guessable. */
    static final int MIN_LENGTH = 32;
    private static final int MAX_LENGTH = 512;

    public ResetToken {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInput("A reset token has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters, this one " + value.length());
        }
        if (!value.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new InvalidInput("A reset token is printable ASCII without spaces");
        }
    }

    public TokenFingerprint fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new TokenFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ResetToken[hidden]";
    }
}
