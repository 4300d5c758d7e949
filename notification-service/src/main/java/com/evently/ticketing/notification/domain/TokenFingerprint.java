package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a secret token, hex-encoded: enough to recognise the token again, useless to redeem it. What
 * the mail queue indexes instead of the token itself.
 */
public record TokenFingerprint(String sha256Hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenFingerprint {
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (!SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new InvalidInput("A token fingerprint is 64 lower-case hex digits");
        }
    }
}
