package com.evently.ticketing.platform.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

import javax.crypto.SecretKey;
import java.text.ParseException;

/**
 * Encrypts private keys at rest (identity's token signing keys, ticket's pass signing keys): a JWE with direct
 * AES-256-GCM under a key from the environment, so a copy of the database cannot sign anything. The JWE's {@code kid}
 * names the encryption key by a fingerprint, so a store encrypted under another key is reported as such rather than
 * as damaged.
 */
public final class PrivateKeyEncryption {

    private final String variable;
    private final SecretKey key;
    private final String fingerprint;

    private PrivateKeyEncryption(String variable, AesKey key) {
        this.variable = variable;
        this.key = key.key();
        this.fingerprint = key.fingerprint();
    }

    /**
     * From the base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}), in the standard or the URL-safe
     * alphabet, padded or not. Refuses anything else without repeating it: the value is a secret.
     *
     * @param variable    the environment variable the key comes from, named in every error
     * @param whatItGuards says in the error for a missing key what the service encrypts with it
     */
    public static PrivateKeyEncryption fromBase64(String variable, String encodedKey, String whatItGuards) {
        return new PrivateKeyEncryption(variable, AesKey.fromBase64(variable, encodedKey,
                whatItGuards + " (keep it as long as the database)"));
    }

    public String encrypt(String privateJwk) {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(fingerprint).build(), new Payload(privateJwk));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not encrypt a private key", e);
        }
        return jwe.serialize();
    }

    /** @throws IllegalStateException when it was encrypted under another key, or altered */
    public String decrypt(String encryptedJwk, String keyId) {
        try {
            JWEObject jwe = JWEObject.parse(encryptedJwk);
            if (!fingerprint.equals(jwe.getHeader().getKeyID())) {
                throw new IllegalStateException("Key " + keyId + " was encrypted under another " + variable
                        + " (fingerprint " + jwe.getHeader().getKeyID() + ", this one is " + fingerprint
                        + "): every replica needs the key the store was encrypted with");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Key " + keyId + " cannot be decrypted with " + variable
                    + ": it was altered, or encrypted under another key", e);
        }
    }

    @Override
    public String toString() {
        return "PrivateKeyEncryption[" + variable + ", fingerprint=" + fingerprint + "]";
    }
}
