package com.evently.ticketing.platform.security;

import com.evently.ticketing.testsupport.CountingJwksServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Tokens naming key ids the issuer never published must not make every service fetch the issuer's JWKS once
 * each: refetches are rate-limited, yet a key the issuer really rotated in is picked up once the cooldown is over.
 */
class JwksRefetchTest {

    private static final String ISSUER = "http://issuer.test";
    private static final String AUDIENCE = "ticketing-api";
    private static final Duration REFETCH_COOLDOWN = Duration.ofSeconds(2);

    private CountingJwksServer jwks;
    private ECKey current;

    @BeforeEach
    void publishOneKey() throws JOSEException {
        current = newKey();
        jwks = CountingJwksServer.publishing(current);
    }

    @AfterEach
    void stopIssuer() {
        jwks.close();
    }

    @Test
    void tokensWithUnknownKeyIdsCauseAtMostACoupleOfFetches() throws JOSEException {
        JwtDecoder decoder = PlatformJwtDecoders.fromJwksUri(properties(), Clock.systemUTC());
        assertThat(decoder.decode(signedBy(current)).getSubject()).isEqualTo("someone");
        int fetchesForTheKnownKey = jwks.fetches();

        for (int forged = 0; forged < 40; forged++) {
            String token = signedBy(newKey());
            // refused as an invalid token (a 401), not as a failure of the service (a 500)
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
        }

        assertThat(jwks.fetches() - fetchesForTheKnownKey).as("JWKS fetches caused by 40 unknown key ids")
                .isLessThanOrEqualTo(2);
        assertThat(decoder.decode(signedBy(current)).getSubject()).isEqualTo("someone");
    }

    @Test
    void aKeyRotatedInIsPickedUpOnceTheCooldownIsOver() throws JOSEException {
        JwtDecoder decoder = PlatformJwtDecoders.fromJwksUri(properties(), Clock.systemUTC());
        decoder.decode(signedBy(current));
        for (int forged = 0; forged < 5; forged++) {
            String token = signedBy(newKey());
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
        }

        ECKey rotated = newKey();
        jwks.publish(rotated);
        String tokenOfTheNewKey = signedBy(rotated);

        await().atMost(REFETCH_COOLDOWN.multipliedBy(3)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> decoder.decode(tokenOfTheNewKey).getSubject().equals("someone"));
    }

    private JwtSecurityProperties properties() {
        return new JwtSecurityProperties(ISSUER, AUDIENCE, jwks.uri(), Duration.ofSeconds(60), Duration.ofMinutes(5),
                REFETCH_COOLDOWN);
    }

    private static ECKey newKey() throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).keyID("key-" + UUID.randomUUID()).generate();
    }

    private static String signedBy(ECKey key) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("someone")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
