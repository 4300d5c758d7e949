package com.evently.ticketing.identity.adapter.out.crypto;

import com.evently.ticketing.identity.application.port.out.SuccessorSeal;
import com.evently.ticketing.identity.domain.SecretToken;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * AES-256-GCM under a key derived from the used token by HMAC-SHA-256 (the token has 256 random bits, so no
 * slow derivation is needed), with a random 96-bit nonce and the used token's id as associated data. The
 * stored hash of the token is SHA-256 of the token itself, not this derivation, so it does not give the key.
 */
public class AesGcmSuccessorSeal implements SuccessorSeal {

    private static final byte[] PURPOSE = "evently identity: refresh-token successor seal v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String seal(SecretToken successor, SecretToken used, UUID usedTokenId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, used, nonce, usedTokenId);
            byte[] sealed = cipher.doFinal(successor.value().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a refresh token", e);
        }
    }

    @Override
    public Optional<SecretToken> open(String sealed, SecretToken used, UUID usedTokenId) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, used, Arrays.copyOf(bytes, NONCE_BYTES), usedTokenId);
            byte[] successor = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new SecretToken(new String(successor, StandardCharsets.UTF_8)));
        } catch (AEADBadTagException | IllegalArgumentException notThisTokensSeal) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a refresh token seal", e);
        }
    }

    private static Cipher cipher(int mode, SecretToken used, byte[] nonce, UUID usedTokenId)
            throws GeneralSecurityException {
        Mac derivation = Mac.getInstance("HmacSHA256");
        derivation.init(new SecretKeySpec(used.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derivation.doFinal(PURPOSE), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(usedTokenId.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
