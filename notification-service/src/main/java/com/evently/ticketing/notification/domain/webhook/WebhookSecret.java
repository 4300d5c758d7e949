package com.evently.ticketing.notification.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The shared secret a subscription's deliveries are signed with, written the Standard Webhooks way:
 * {@code whsec_} followed by the base64 of the key's bytes. Shown to the partner once, when subscribing.
 */
public record WebhookSecret(String value) {

    private static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes the text after the prefix encodes. */
    public byte[] keyBytes() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Kept out of logs and exception messages. */
    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
