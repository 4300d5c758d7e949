package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class SigningKeyRotationTest extends IdentityIntegrationTest {

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    @Test
    void tokensSignedBeforeARotationStillWorkAndTheJwksServesBothKeys() throws Exception {
        IdentityClient identity = identity();
        Account admin = identity.administrator(bootstrapAdministrator);
        String adminToken = identity.accessTokenOf(admin);
        Account user = Account.fresh();
        identity.register(user);
        String issuedBefore = identity.accessTokenOf(user);
        identity.me(issuedBefore).expectStatus().isOk();

        String newKeyId = rotate(adminToken);

        assertThat(newKeyId).isNotEqualTo(SignedTokens.keyIdOf(issuedBefore));
        assertThat(publishedKeyIds()).contains(newKeyId, SignedTokens.keyIdOf(issuedBefore));
        identity.me(issuedBefore).expectStatus().isOk();
        String issuedAfter = identity.accessTokenOf(user);
        assertThat(SignedTokens.keyIdOf(issuedAfter)).isEqualTo(newKeyId);
        identity.me(issuedAfter).expectStatus().isOk();
    }

    @Test
    void aTokenSignedBeforeTwoRotationsStillVerifies() {
        IdentityClient identity = identity();
        Account admin = identity.administrator(bootstrapAdministrator);
        Account user = Account.fresh();
        identity.register(user);
        String issuedBefore = identity.accessTokenOf(user);

        String previous = rotate(identity.accessTokenOf(admin));
        String current = rotate(identity.accessTokenOf(admin));

        assertThat(publishedKeyIds()).contains(current, previous, SignedTokens.keyIdOf(issuedBefore));
        identity.me(issuedBefore).expectStatus().isOk();
        assertThat(jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).single()).isEqualTo(current);
    }

    @Test
    void auditsTheRotationWithTheAdministratorAsActor() {
        IdentityClient identity = identity();
        Account admin = identity.administrator(bootstrapAdministrator);
        String adminId = jdbc.sql("SELECT id::text FROM users WHERE email = :email").param("email", admin.email())
                .query(String.class).single();

        String keyId = rotate(identity.accessTokenOf(admin));

        assertThat(new Outbox(jdbc, json).auditEntries(adminId, "SIGNING_KEY_ROTATED")).singleElement()
                .satisfies(entry -> assertThat(entry.get("detail").asString()).contains(keyId));
    }

    private String rotate(String adminToken) {
        return (String) client.post().uri("/api/v1/admin/signing-keys/rotate")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .exchange()
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult()
                .getResponseBody()
                .get("kid");
    }

    private List<String> publishedKeyIds() {
        String body = client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        try {
            return JWKSet.parse(body).getKeys().stream().map(JWK::getKeyID).toList();
        } catch (java.text.ParseException e) {
            throw new AssertionError("not a JWK set: " + body, e);
        }
    }
}
