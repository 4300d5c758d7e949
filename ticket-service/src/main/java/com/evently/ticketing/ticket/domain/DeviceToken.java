package com.evently.ticketing.ticket.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret a check-in device presents. 256 random bits, so its SHA-256 is all that is stored: a copy of the
 * database lets nobody scan. Shown once, when the device is created.
 */
public record DeviceToken(String value) {

    private static final String PREFIX = "dev_";
    private static final int RANDOM_BYTES = 32;

    public DeviceToken {
        Objects.requireNonNull(value, "value");
    }

    public static DeviceToken random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new DeviceToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What is stored and looked up: a high-entropy secret needs no salt nor slow hash. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceToken[…]";
    }
}
