package com.evently.ticketing.identity;

import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adds keys of its own to the key store and restarts the service, so it has a context (and database) of its own. */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=identity-service-key-encryption")
class SigningKeyEncryptionTest extends IdentityIntegrationTest {

    private static final String ENCRYPTION_KEY = "ticketing.identity.signing-key-encryption.key";
    private static final String ANOTHER_ENCRYPTION_KEY = "0j15PRGBufL6JQ9HOuBiS3oR/tVPuRtzDTfnDXJLl1U=";

    @Autowired
    Environment environment;

    @Autowired
    JwtSecurityProperties jwt;

    @Test
    void keepsNoPrivateKeyInClear() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM signing_keys").query().listOfRows();

        assertThat(rows).isNotEmpty().allSatisfy(SigningKeyEncryptionTest::holdsNoPrivateJwk);
    }

    @Test
    void signsWithTheStoredKeyAfterARestartAndVerifiesWhatTheRestartedInstanceSigned() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String signedBefore = identity.accessTokenOf(account);

        try (ConfigurableApplicationContext restarted = AnotherInstance.start(environment)) {
            int port = AnotherInstance.portOf(restarted);
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(account.credentials()))));
            assertThat(login.statusCode()).isEqualTo(200);
            String signedAfter = (String) json.readValue(login.body(), Map.class).get("accessToken");

            assertThat(SignedTokens.keyIdOf(signedAfter)).isEqualTo(SignedTokens.keyIdOf(signedBefore));
            identity.me(signedAfter).expectStatus().isOk();
            assertThat(me(port, signedBefore).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void encryptsAKeyAnEarlierVersionStoredInClearAtTheNextStart() throws Exception {
        Account account = Account.fresh();
        String userId = identity().registered(account);
        ECKey earlier = new ECKeyGenerator(Curve.P_256).keyID("earlier-" + UUID.randomUUID()).generate();
        // what the changelog leaves of a key the previous version stored: the private JWK in clear
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at, active, retired_at)
                        VALUES (:kid, :privateJwk, :publicJwk, now() - interval '1 hour', false, now())
                        """)
                .param("kid", earlier.getKeyID())
                .param("privateJwk", earlier.toJSONString())
                .param("publicJwk", earlier.toPublicJWK().toJSONString())
                .update();

        try (ConfigurableApplicationContext restarted = AnotherInstance.start(environment)) {
            Map<String, Object> row = jdbc.sql("SELECT * FROM signing_keys WHERE kid = :kid")
                    .param("kid", earlier.getKeyID()).query().singleRow();
            holdsNoPrivateJwk(row);
            assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value))
                    .contains(earlier.getD().toString()));
            assertThat(me(AnotherInstance.portOf(restarted), signedWith(earlier, account, userId)).statusCode())
                    .as("the key still verifies what it signed").isEqualTo(200);
        }
    }

    @Test
    void refusesToStartWithAnotherEncryptionKey() {
        assertThatThrownBy(() -> AnotherInstance.start(environment, Map.of(ENCRYPTION_KEY, ANOTHER_ENCRYPTION_KEY)).close())
                .satisfies(refusal -> assertThat(innermostCauseOf(refusal))
                        .hasMessageContaining("TICKETING_SIGNING_KEY_ENCRYPTION_KEY")
                        .message().doesNotContain(ANOTHER_ENCRYPTION_KEY));
    }

    @Test
    void refusesToStartWithoutAnEncryptionKey() {
        assertThatThrownBy(() -> AnotherInstance.start(environment, Map.of(ENCRYPTION_KEY, "")).close())
                .satisfies(refusal -> assertThat(innermostCauseOf(refusal))
                        .hasMessageContaining("TICKETING_SIGNING_KEY_ENCRYPTION_KEY"));
    }

    private static Throwable innermostCauseOf(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost;
    }

    /** No column holds a JWK with its private parameter {@code d} in clear. */
    private static void holdsNoPrivateJwk(Map<String, Object> row) {
        assertThat(row.values()).filteredOn(String.class::isInstance).map(String.class::cast)
                .noneSatisfy(column -> assertThat(column.replace(" ", "")).contains("\"d\":"));
    }

    private HttpResponse<String> me(int port, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/users/me"))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("no answer from the restarted instance", e);
        }
    }

    private String signedWith(ECKey key, Account account, String userId) throws Exception {
        Instant now = Instant.now();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(jwt.issuer())
                        .audience(jwt.audience())
                        .subject(userId)
                        .claim("email", account.email())
                        .claim("name", account.name())
                        .claim("roles", List.of("USER"))
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(600)))
                        .jwtID(UUID.randomUUID().toString())
                        .build());
        token.sign(new ECDSASigner(key));
        return token.serialize();
    }
}
