package com.evently.ticketing.ticket.adapter.out.persistence;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts the pass keys' private halves at rest: a JWE with direct AES-256-GCM under the key in
 * {@value #VARIABLE}, named in the JWE's {@code kid} by a fingerprint so that a store encrypted under another key
 * is reported as such. The same scheme identity-service applies to its token signing keys.
 */
public final class PassKeyEncryption {

    static final String VARIABLE = "TICKETING_PASS_KEY_ENCRYPTION_KEY";
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final String fingerprint;

    private PassKeyEncryption(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.fingerprint = fingerprintOf(keyBytes);
    }

    /** From the base64 (standard or URL-safe) of 32 random bytes; refuses anything else without repeating it. */
    public static PassKeyEncryption fromBase64(String encodedKey) {
        if (encodedKey == null || encodedKey.isBlank()) {
            throw new IllegalStateException(VARIABLE + " (ticketing.check-in.key-encryption-key) is not set: "
                    + "ticket-service encrypts the keys that sign check-in passes with it; set it to the base64 of "
                    + "32 random bytes, the same on every replica and kept as long as the database");
        }
        byte[] keyBytes;
        try {
            String stripped = encodedKey.strip();
            boolean urlSafe = stripped.indexOf('-') >= 0 || stripped.indexOf('_') >= 0;
            keyBytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(stripped);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(VARIABLE + " is not base64: it must be the base64 of 32 random bytes");
        }
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalStateException(VARIABLE + " must be the base64 of exactly 32 random bytes, not "
                    + keyBytes.length);
        }
        PassKeyEncryption encryption = new PassKeyEncryption(keyBytes);
        Arrays.fill(keyBytes, (byte) 0);
        return encryption;
    }

    String encrypt(String privateJwk) {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(fingerprint).build(), new Payload(privateJwk));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encrypt a pass key", e);
        }
        return jwe.serialize();
    }

    /** @throws IllegalStateException when it was encrypted under another key, or altered */
    String decrypt(String encryptedJwk, String passKeyId) {
        try {
            JWEObject jwe = JWEObject.parse(encryptedJwk);
            if (!fingerprint.equals(jwe.getHeader().getKeyID())) {
                throw new IllegalStateException("Pass key " + passKeyId + " was encrypted under another " + VARIABLE
                        + " (fingerprint " + jwe.getHeader().getKeyID() + ", this one is " + fingerprint + ")");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Pass key " + passKeyId + " cannot be decrypted with " + VARIABLE
                    + ": it was altered, or encrypted under another key", e);
        }
    }

    /** Names the key without revealing it: the first 8 bytes of its SHA-256. */
    private static String fingerprintOf(byte[] keyBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyBytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PassKeyEncryption[fingerprint=" + fingerprint + "]";
    }
}
