package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class AccessTokenTest {

    private static final TestIdentityProvider IDENTITY = TestIdentityProvider.get();

    @Autowired
    WebTestClient gateway;

    private final TestUser user = TestUser.attendee();

    @Test
    void refusesARequestWithoutTokenWithAProblemAndABearerChallenge() {
        String requestId = UUID.randomUUID().toString();

        gateway.get().uri("/api/v1/bookings")
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.UNAUTHORIZED).type().toString())
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/v1/bookings")
                .jsonPath("$.requestId").isEqualTo(requestId);

        assertThat(GatewayTestEnvironment.BOOKING.receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void refusesAnUnsignedToken() {
        expectRefused(new PlainJWT(validClaims().build()).serialize());
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderTheRealKeyId() throws JOSEException {
        var otherKey = new ECKeyGenerator(Curve.P_256).generate();
        expectRefused(signed(JWSAlgorithm.ES256, new ECDSASigner(otherKey), validClaims().build()));
    }

    @Test
    void refusesATokenSignedByAKeyTheJwksDoesNotList() throws JOSEException {
        var strangerKey = new ECKeyGenerator(Curve.P_256).keyID("unknown-" + UUID.randomUUID()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(strangerKey.getKeyID()).build(),
                validClaims().build());
        jwt.sign(new ECDSASigner(strangerKey));

        expectRefused(jwt.serialize());
    }

    @Test
    void refusesATokenWhosePayloadWasChangedAfterSigning() {
        String[] parts = IDENTITY.sign(validClaims().build()).split("\\.");
        String promoted = validClaims().subject(user.id().toString()).claim("roles", List.of("USER", "ADMIN")).build().toString();
        String tampered = parts[0] + "." + Base64URL.encode(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        expectRefused(tampered);
    }

    @Test
    void refusesAnHs256TokenKeyedWithThePublicKeyAlgorithmConfusion() throws JOSEException {
        byte[] secret = IDENTITY.signingKey().toPublicJWK().toJSONString().getBytes();
        expectRefused(signed(JWSAlgorithm.HS256, new MACSigner(secret), validClaims().build()));
    }

    @Test
    void refusesATokenExpiredLongerThanTheClockSkew() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));
        expectRefused(IDENTITY.sign(IDENTITY.claimsFor(user, issued, issued.plus(Duration.ofMinutes(15))).build()));
    }

    @Test
    void refusesATokenWithoutExpiry() {
        expectRefused(IDENTITY.sign(validClaims().expirationTime(null).build()));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        expectRefused(IDENTITY.sign(validClaims().issuer("http://someone-else.example").build()));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        expectRefused(IDENTITY.sign(validClaims().audience("another-api").build()));
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(15)).minusSeconds(30);
        String token = IDENTITY.sign(IDENTITY.claimsFor(user, issued, issued.plus(Duration.ofMinutes(15))).build());

        gateway.get().uri("/api/v1/bookings")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void letsAnyoneBrowseEventsWithoutToken() {
        gateway.get().uri("/api/v1/events?q=java").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("event");
    }

    @Test
    void letsAnyoneSignInWithoutToken() {
        gateway.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"ana@example.com\",\"password\":\"secret\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity");
    }

    @Test
    void requiresATokenToChangeEventsOrListTheirAttendees() {
        gateway.post().uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized();
        gateway.get().uri("/api/v1/events/{id}/attendees", UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void refusesAnInvalidTokenEvenOnAPublicPath() {
        gateway.get().uri("/api/v1/events")
                .header("Authorization", "Bearer " + IDENTITY.sign(validClaims().audience("another-api").build()))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void keepsTheAdminAreaToAdmins() {
        gateway.get().uri("/api/v1/admin/audit-log")
                .header("Authorization", TestUser.organizer().bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.FORBIDDEN).type().toString());
        gateway.get().uri("/api/v1/admin/audit-log")
                .header("Authorization", TestUser.admin().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("analytics");
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return IDENTITY.claimsFor(user, now, now.plus(Duration.ofMinutes(15)));
    }

    private static String signed(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(IDENTITY.signingKey().getKeyID()).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private void expectRefused(String token) {
        String requestId = UUID.randomUUID().toString();

        gateway.get().uri("/api/v1/bookings")
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.UNAUTHORIZED).type().toString())
                .jsonPath("$.status").isEqualTo(401);

        assertThat(GatewayTestEnvironment.BOOKING.receivedWithRequestId(requestId)).isEmpty();
    }
}
