package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.RotatingSigningKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key that stopped signing stays published as long as a token it signed may be valid: the access-token
 * lifetime (15 min) plus the verifiers' clock skew (60 s) after it was replaced, however many rotations follow.
 */
@AdjustableClockContext
class SigningKeyRetirementTest extends IdentityIntegrationTest {

    private static final Duration PUBLISHED_AFTER_RETIREMENT = Duration.ofMinutes(15).plusSeconds(60);

    @Autowired
    RotatingSigningKey rotateSigningKey;

    @Autowired
    AdjustableClock clock;

    @Test
    void keepsPublishingARetiredKeyThroughFurtherRotationsWithinATokenLifetime() {
        String retired = activeKeyId();
        rotateNow();

        clock.advance(PUBLISHED_AFTER_RETIREMENT.minusMinutes(1));
        String previous = rotateNow();
        String current = rotateNow();

        assertThat(publishedKeyIds()).contains(retired, previous, current);
    }

    @Test
    void dropsARetiredKeyOnceNoTokenItSignedCanStillBeValid() {
        String retired = activeKeyId();
        String successor = rotateNow();

        clock.advance(PUBLISHED_AFTER_RETIREMENT.plusSeconds(1));
        String current = rotateNow();

        assertThat(publishedKeyIds()).contains(successor, current).doesNotContain(retired);
        assertThat(jdbc.sql("SELECT count(*) FROM signing_keys WHERE kid = :kid").param("kid", retired)
                .query(Long.class).single()).as("its private half is gone too").isZero();
    }

    private String rotateNow() {
        return rotateSigningKey.rotateIfOlderThan(Duration.ZERO).orElseThrow().keyId();
    }

    private String activeKeyId() {
        return jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).single();
    }

    private List<String> publishedKeyIds() {
        String body = client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        try {
            return JWKSet.parse(body).getKeys().stream().map(JWK::getKeyID).toList();
        } catch (ParseException e) {
            throw new AssertionError("not a JWK set: " + body, e);
        }
    }
}
