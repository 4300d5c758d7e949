package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.CountingJwksServer;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens naming key ids identity never published must not make the gateway fetch identity's JWKS once each
 * (40 such tokens used to cost identity 40 fetches): refetches wait for a cooldown, and a key identity really
 * rotated in is accepted once it is over.
 */
class JwksRefetchTest {

    private static final TestIdentityProvider IDENTITY = TestIdentityProvider.get();
    private static final Duration REFETCH_COOLDOWN = Duration.ofSeconds(2);

    private CountingJwksServer jwks;
    private GatewayInstance gateway;

    @BeforeEach
    void startIdentityKeysAndGateway() {
        jwks = CountingJwksServer.publishing(IDENTITY.signingKey());
        gateway = GatewayInstance.start(
                "ticketing.security.jwt.jwks-uri=" + jwks.uri(),
                "ticketing.security.jwt.jwks-refetch-interval=" + REFETCH_COOLDOWN.toMillis() + "ms");
    }

    @AfterEach
    void stop() {
        gateway.close();
        jwks.close();
    }

    @Test
    void tokensWithUnknownKeyIdsCauseAtMostACoupleOfFetches() throws JOSEException {
        WebTestClient client = gateway.client();
        String valid = TestUser.attendee().bearer();
        call(client, valid).expectStatus().isOk();
        int fetchesForTheKnownKey = jwks.fetches();

        for (int forged = 0; forged < 40; forged++) {
            call(client, "Bearer " + signedByAStranger()).expectStatus().isUnauthorized();
        }

        assertThat(jwks.fetches() - fetchesForTheKnownKey).as("JWKS fetches caused by 40 unknown key ids")
                .isLessThanOrEqualTo(2);
        call(client, valid).expectStatus().isOk();
    }

    @Test
    void aKeyRotatedInIsAcceptedOnceTheCooldownIsOver() throws JOSEException {
        WebTestClient client = gateway.client();
        call(client, TestUser.attendee().bearer()).expectStatus().isOk();
        for (int forged = 0; forged < 5; forged++) {
            call(client, "Bearer " + signedByAStranger()).expectStatus().isUnauthorized();
        }

        ECKey rotated = newKey();
        jwks.publish(rotated);
        String tokenOfTheNewKey = "Bearer " + signedBy(rotated);

        await().atMost(REFETCH_COOLDOWN.multipliedBy(4)).pollInterval(Duration.ofMillis(250))
                .until(() -> call(client, tokenOfTheNewKey).returnResult(String.class).getStatus().value() == 200);
    }

    private static WebTestClient.ResponseSpec call(WebTestClient client, String authorization) {
        return client.get().uri("/api/v1/bookings").header("Authorization", authorization).exchange();
    }

    private static String signedByAStranger() throws JOSEException {
        return signedBy(newKey());
    }

    private static ECKey newKey() throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).keyID("key-" + UUID.randomUUID()).generate();
    }

    private static String signedBy(ECKey key) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                IDENTITY.claimsFor(TestUser.attendee(), now, now.plus(Duration.ofMinutes(15))).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
