package com.evently.ticketing.platform.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldSealingTest {

    private static final String VARIABLE = "TICKETING_MESSAGE_SEALING_KEY";
    private static final String PREVIOUS_VARIABLE = VARIABLE + "_PREVIOUS_KEYS";
    private static final String SECRET = "k3Qx9fJ2mP0aB7cD1eF4gH6iJ8kL0mN2";
    private static final String CONTEXT = "identity.PasswordResetRequested.v1/sealedToken/7d1c0f3e";

    private final String key = randomKey();
    private final FieldSealing sealing = sealingWith(key);

    @Test
    void sealsSoThatTheSameKeyAndContextOpenIt() {
        String sealed = sealing.seal(SECRET, CONTEXT);

        assertThat(sealed).doesNotContain(SECRET);
        assertThat(new String(Base64.getUrlDecoder().decode(sealed.substring(0, sealed.indexOf('.')))))
                .as("the protected header names the key and the field, never the secret")
                .contains("\"ctx\":\"" + CONTEXT + "\"").doesNotContain(SECRET);
        assertThat(sealing.open(sealed, CONTEXT)).isEqualTo(SECRET);
        assertThat(sealing.seal(SECRET, CONTEXT)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void tellsAValueSealedWithTheCurrentKeyFromOneToSealAgain() {
        String previousKey = randomKey();
        String sealedBefore = sealingWith(previousKey).seal(SECRET, CONTEXT);
        FieldSealing rotated = FieldSealing.fromBase64(VARIABLE, "TICKETING_WEBHOOK_SECRET_PREVIOUS_KEYS", randomKey(),
                List.of(previousKey), "tests");

        assertThat(rotated.sealedWithCurrentKey(rotated.seal(SECRET, CONTEXT))).isTrue();
        assertThat(rotated.sealedWithCurrentKey(sealedBefore)).isFalse();
        assertThat(rotated.open(sealedBefore, CONTEXT)).as("a previous key still opens").isEqualTo(SECRET);
        assertThat(rotated.sealedWithCurrentKey("whsec_not-sealed-at-all")).isFalse();
        assertThat(rotated.sealedWithCurrentKey(null)).isFalse();
    }

    @Test
    void refusesAValueSealedForAnotherField() {
        String sealed = sealing.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> sealing.open(sealed, "identity.PasswordResetRequested.v1/sealedToken/another-user"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another field")
                .message().doesNotContain(SECRET);
    }

    @Test
    void refusesAValueWhoseHeaderWasRewrittenToAnotherField() {
        String sealed = sealing.seal(SECRET, CONTEXT);
        String otherContext = "ticket.TicketsIssued.v1/sealedCode/42";
        String[] parts = sealed.split("\\.", -1);
        String header = new String(Base64.getUrlDecoder().decode(parts[0])).replace(CONTEXT, otherContext);
        parts[0] = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes());

        assertThatThrownBy(() -> sealing.open(String.join(".", parts), otherContext))
                .as("the header is the AEAD's associated data")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesATamperedCiphertext() {
        String sealed = sealing.seal(SECRET, CONTEXT);
        String[] parts = sealed.split("\\.", -1);
        byte[] ciphertext = Base64.getUrlDecoder().decode(parts[3]);
        ciphertext[0] ^= 1;
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);

        assertThatThrownBy(() -> sealing.open(String.join(".", parts), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesWhatIsNotASealedValueWithoutQuotingIt() {
        assertThatThrownBy(() -> sealing.open(SECRET, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a sealed value")
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> sealing.open(null, CONTEXT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedWhileNewValuesUseTheCurrentKey() {
        String sealedBeforeRotation = sealing.seal(SECRET, CONTEXT);
        String nextKey = randomKey();
        FieldSealing rotated = FieldSealing.fromBase64(VARIABLE, PREVIOUS_VARIABLE, nextKey, List.of(key),
                "tests seal with it");
        FieldSealing retiredDropped = sealingWith(nextKey);

        assertThat(rotated.open(sealedBeforeRotation, CONTEXT)).isEqualTo(SECRET);
        String sealedAfterRotation = rotated.seal(SECRET, CONTEXT);
        assertThat(retiredDropped.open(sealedAfterRotation, CONTEXT)).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealing.open(sealedAfterRotation, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not hold")
                .hasMessageContaining(VARIABLE + "_PREVIOUS_KEYS");
        assertThatThrownBy(() -> retiredDropped.open(sealedBeforeRotation, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not hold");
    }

    @Test
    void refusesAMissingOrMalformedKeyWithoutRepeatingIt() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> sealingWith(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(VARIABLE + " is not set");
        assertThatThrownBy(() -> sealingWith(tooShort))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32")
                .message().doesNotContain(tooShort);
        assertThatThrownBy(() -> FieldSealing.fromBase64(VARIABLE, PREVIOUS_VARIABLE, key, List.of("not base64!"),
                "tests seal with it"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(VARIABLE + "_PREVIOUS_KEYS")
                .message().doesNotContain("not base64!");
        assertThat(sealing.toString()).doesNotContain(key);
    }

    private static FieldSealing sealingWith(String encodedKey) {
        return FieldSealing.fromBase64(VARIABLE, PREVIOUS_VARIABLE, encodedKey, List.of(), "tests seal with it");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
