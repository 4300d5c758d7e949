package com.evently.ticketing.identity.adapter.out.persistence;

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
 * Encrypts the signing keys' private halves at rest: a JWE with direct AES-256-GCM encryption under the key in
 * {@code TICKETING_SIGNING_KEY_ENCRYPTION_KEY}, so a copy of the database (or another service reading identity's
 * schema) cannot sign tokens. The JWE's {@code kid} names the encryption key by a fingerprint, so a store
 * encrypted under another key is reported as such rather than as damaged.
 */
public final class SigningKeyEncryption {

    static final String VARIABLE = "TICKETING_SIGNING_KEY_ENCRYPTION_KEY";
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final String fingerprint;

    private SigningKeyEncryption(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.fingerprint = fingerprintOf(keyBytes);
    }

    /**
     * From the base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}), in the standard or the URL-safe
     * alphabet, padded or not. Refuses anything else without repeating it: the value is a secret.
     */
    public static SigningKeyEncryption fromBase64(String encodedKey) {
        if (encodedKey == null || encodedKey.isBlank()) {
            throw new IllegalStateException(VARIABLE + " (ticketing.identity.signing-key-encryption.key) is not set: "
                    + "identity-service encrypts its signing keys with it; set it to the base64 of 32 random bytes, "
                    + "the same on every replica and kept as long as the database");
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
        SigningKeyEncryption encryption = new SigningKeyEncryption(keyBytes);
        Arrays.fill(keyBytes, (byte) 0);
        return encryption;
    }

    String encrypt(String privateJwk) {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(fingerprint).build(), new Payload(privateJwk));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encrypt a signing key", e);
        }
        return jwe.serialize();
    }

    /** @throws IllegalStateException when it was encrypted under another key, or altered */
    String decrypt(String encryptedJwk, String signingKeyId) {
        try {
            JWEObject jwe = JWEObject.parse(encryptedJwk);
            if (!fingerprint.equals(jwe.getHeader().getKeyID())) {
                throw new IllegalStateException("Signing key " + signingKeyId + " was encrypted under another "
                        + VARIABLE + " (fingerprint " + jwe.getHeader().getKeyID() + ", this one is " + fingerprint
                        + "): every replica needs the key the store was encrypted with");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Signing key " + signingKeyId + " cannot be decrypted with " + VARIABLE
                    + ": it was altered, or encrypted under another key", e);
        }
    }

    /** Names the key without revealing it: the first 8 bytes of its SHA-256. */
    private static String fingerprintOf(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKeyEncryption[fingerprint=" + fingerprint + "]";
    }
}
