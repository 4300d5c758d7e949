package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class LoginTest extends IdentityIntegrationTest {

    @Autowired
    JwtSecurityProperties jwt;

    @Test
    void issuesABearerTokenPairForTheRightPassword() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);

        Map<String, Object> tokens = identity.logIn(account);

        assertThat(tokens).containsOnlyKeys("accessToken", "refreshToken", "tokenType", "expiresIn")
                .containsEntry("tokenType", "Bearer")
                .containsEntry("expiresIn", 900);
        assertThat((String) tokens.get("refreshToken")).hasSize(43); // 256 bits, base64url without padding
    }

    @Test
    void signsAccessTokensWithAKeyThePublishedJwksVerifies() throws Exception {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = (String) identity.register(account).get("id");

        SignedJWT token = SignedJWT.parse(identity.accessTokenOf(account));
        JWKSet published = JWKSet.parse(client.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofSeconds(300)))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        String keyId = token.getHeader().getKeyID();
        assertThat(published.getKeyByKeyId(keyId)).as("JWKS holds the token's kid").isNotNull();
        ECKey verificationKey = published.getKeyByKeyId(keyId).toECKey();
        assertThat(verificationKey.isPrivate()).as("JWKS publishes public keys only").isFalse();
        assertThat(token.verify(new ECDSAVerifier(verificationKey))).isTrue();

        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(jwt.issuer());
        assertThat(claims.getAudience()).containsExactly(jwt.audience());
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringClaim("email")).isEqualTo(account.email());
        assertThat(claims.getStringClaim("name")).isEqualTo(account.name());
        assertThat(claims.getStringListClaim("roles")).containsExactly("USER");
        assertThat(claims.getJWTID()).isNotBlank();
        Instant issuedAt = claims.getIssueTime().toInstant();
        Instant expiresAt = claims.getExpirationTime().toInstant();
        assertThat(Duration.between(issuedAt, expiresAt)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(900));
    }

    @Test
    void answersAWrongPasswordAndAnUnknownAddressAlike() {
        Account account = Account.fresh();
        identity().register(account);

        String wrongPassword = failedLogin(Map.of("email", account.email(), "password", "not the password at all"));
        String unknownAddress = failedLogin(Map.of("email", Account.fresh().email(), "password", account.password()));

        assertThat(wrongPassword)
                .contains(IdentityProblem.INVALID_CREDENTIALS.type().toString())
                .isEqualTo(unknownAddress);
    }

    @Test
    void keepsOnlyTheHashOfTheRefreshToken() throws Exception {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = (String) identity.register(account).get("id");

        String refreshToken = (String) identity.logIn(account).get("refreshToken");

        List<String> storedRows = jdbc.sql("SELECT r::text FROM refresh_tokens r WHERE user_id = CAST(:userId AS uuid)")
                .param("userId", userId).query(String.class).list();
        assertThat(storedRows).singleElement().asString().doesNotContain(refreshToken);
        String storedHash = jdbc.sql("SELECT token_hash FROM refresh_tokens WHERE user_id = CAST(:userId AS uuid)")
                .param("userId", userId).query(String.class).single();
        assertThat(storedHash).isEqualTo(sha256Hex(refreshToken));
        Duration lifetime = jdbc.sql("""
                        SELECT extract(epoch FROM expires_at - issued_at)::bigint
                        FROM refresh_tokens WHERE user_id = CAST(:userId AS uuid)""")
                .param("userId", userId).query(Long.class).optional().map(Duration::ofSeconds).orElseThrow();
        assertThat(lifetime).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void auditsEveryLoginWithItsOutcome() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String unknownEmail = Account.fresh().email();

        failedLogin(Map.of("email", account.email(), "password", "not the password at all"));
        failedLogin(Map.of("email", unknownEmail, "password", account.password()));
        identity.logIn(account);

        Outbox outbox = new Outbox(jdbc, json);
        List<JsonNode> trail = outbox.auditTrailOf(userId);
        assertThat(trail).extracting(entry -> entry.get("action").asString() + "/" + entry.get("outcome").asString())
                .containsExactly("USER_REGISTERED/SUCCESS", "LOGIN_FAILED/FAILURE", "LOGIN_SUCCEEDED/SUCCESS");
        assertThat(trail.get(1).get("actorId").isNull()).as("a failed login has no known actor").isTrue();
        assertThat(trail.get(2).get("actorId").asString()).isEqualTo(userId);
        List<JsonNode> unknown = outbox.auditTrailOf(unknownEmail);
        assertThat(unknown).singleElement().satisfies(entry -> {
            assertThat(entry.get("action").asString()).isEqualTo("LOGIN_FAILED");
            assertThat(entry.get("subjectUserId").isNull()).as("no account has this address").isTrue();
            assertThat(entry.get("email").asString()).isEqualTo(unknownEmail);
            assertThat(entry.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        });
        outbox.payloads(EventTypes.SECURITY_EVENT_RECORDED, userId).forEach(payload ->
                ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, payload));
        ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED,
                outbox.payloads(EventTypes.SECURITY_EVENT_RECORDED, unknownEmail).getFirst());
    }

    @Test
    void publishesTheAuditTrailOnTheIdentityTopic() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        identity.logIn(account);

        List<TestEventBus.Message> published = TestEventBus.await(Topics.IDENTITY_EVENTS,
                message -> userId.equals(message.key()) && EventTypes.SECURITY_EVENT_RECORDED.equals(message.eventType()),
                2, Duration.ofSeconds(30));

        assertThat(published).hasSize(2).allSatisfy(message ->
                ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, message.payload()));
    }

    private String failedLogin(Map<String, String> credentials) {
        return client.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(credentials)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
