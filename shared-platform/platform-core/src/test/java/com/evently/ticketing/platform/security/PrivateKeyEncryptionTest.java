package com.evently.ticketing.platform.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivateKeyEncryptionTest {

    private static final String PRIVATE_JWK = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\",\"d\":\"secret\"}";

    @Test
    void encryptsSoThatOnlyTheSameKeyDecrypts() {
        byte[] key = randomKey();
        PrivateKeyEncryption encryption = encryptionFrom(Base64.getEncoder().encodeToString(key));
        PrivateKeyEncryption sameKeyUrlSafe = encryptionFrom(
                Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        PrivateKeyEncryption otherKey = encryptionFrom(Base64.getEncoder().encodeToString(randomKey()));

        String encrypted = encryption.encrypt(PRIVATE_JWK);

        assertThat(encrypted).doesNotContain("secret").hasSizeGreaterThan(PRIVATE_JWK.length());
        assertThat(sameKeyUrlSafe.decrypt(encrypted, "k1")).isEqualTo(PRIVATE_JWK);
        assertThatThrownBy(() -> otherKey.decrypt(encrypted, "k1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TICKETING_SIGNING_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("another");
    }

    @Test
    void refusesAKeyThatIsNotThirtyTwoBytesWithoutRepeatingIt() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> encryptionFrom(tooShort))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32")
                .message().doesNotContain(tooShort);
        assertThatThrownBy(() -> encryptionFrom("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .message().doesNotContain("not base64 at all!");
        assertThatThrownBy(() -> encryptionFrom(" "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not set")
                .hasMessageContaining("identity-service encrypts its signing keys with it");
    }

    private static PrivateKeyEncryption encryptionFrom(String encodedKey) {
        return PrivateKeyEncryption.fromBase64("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", encodedKey,
                "identity-service encrypts its signing keys with it");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
