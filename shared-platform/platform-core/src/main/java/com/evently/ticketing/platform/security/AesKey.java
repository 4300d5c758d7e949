package com.evently.ticketing.platform.security;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A 256-bit AES key from configuration, with a fingerprint that names it without revealing it (the first 8 bytes of
 * its SHA-256), so that a value encrypted under another key is reported as such rather than as damaged.
 */
record AesKey(SecretKey key, String fingerprint) {

    private static final int KEY_BYTES = 32;

    /**
     * From the base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}), in the standard or the URL-safe
     * alphabet, padded or not. Refuses anything else without repeating it: the value is a secret.
     *
     * @param variable     the environment variable the key comes from, named in every error
     * @param whatItGuards says in the error for a missing key what the service encrypts with it
     */
    static AesKey fromBase64(String variable, String encodedKey, String whatItGuards) {
        if (encodedKey == null || encodedKey.isBlank()) {
            throw new IllegalStateException(variable + " is not set: " + whatItGuards + "; set it to the base64 of "
                    + "32 random bytes, the same on every replica");
        }
        byte[] keyBytes;
        try {
            String stripped = encodedKey.strip();
            boolean urlSafe = stripped.indexOf('-') >= 0 || stripped.indexOf('_') >= 0;
            keyBytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(stripped);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(variable + " is not base64: it must be the base64 of 32 random bytes");
        }
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalStateException(variable + " must be the base64 of exactly 32 random bytes, not "
                    + keyBytes.length);
        }
        AesKey key = new AesKey(new SecretKeySpec(keyBytes, "AES"), fingerprintOf(keyBytes));
        Arrays.fill(keyBytes, (byte) 0);
        return key;
    }

    private static String fingerprintOf(byte[] keyBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyBytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AesKey[fingerprint=" + fingerprint + "]";
    }
}
