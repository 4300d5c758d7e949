package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's own services get their tokens from the same endpoint as partners' clients. The test configuration
 * gives event-service its secret and leaves notification-service's unset.
 */
@ServiceIntegrationTest
class ServiceClientGrantTest extends IdentityIntegrationTest {

    private static final String EVENT_SERVICE = "event-service";
    private static final String SECRET = "test-event-service-client-secret-0123456789";

    @Test
    void grantsAServiceAShortLivedTokenWithItsInternalScopeAndNoOrganizerOrRoles() {
        Map<String, Object> answer = calls().tokenWithBasic(EVENT_SERVICE, SECRET,
                        "grant_type=client_credentials&scope=internal:booking-inventory")
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody();

        assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 300)
                .containsEntry("scope", "internal:booking-inventory");
        JWTClaimsSet claims = ApiClientCalls.claimsOf((String) answer.get("access_token"));
        assertThat(claims.getSubject()).isEqualTo(EVENT_SERVICE);
        assertThat(claims.getClaim("client_id")).isEqualTo(EVENT_SERVICE);
        assertThat(claims.getClaim("scope")).isEqualTo("internal:booking-inventory");
        assertThat(claims.getClaims()).doesNotContainKeys("org", "roles", "email");
        assertThat(claims.getIssuer()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void withoutAScopeTheServiceGetsAllOfItsOwn() {
        calls().tokenWithBasic(EVENT_SERVICE, SECRET, "grant_type=client_credentials")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.scope").isEqualTo("internal:booking-inventory");
    }

    @Test
    void aWrongSecretIsAnInvalidClient() {
        calls().tokenWithBasic(EVENT_SERVICE, SECRET + "x", "grant_type=client_credentials")
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic .*")
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void aServiceClientWhoseSecretIsNotConfiguredGetsNoToken() {
        calls().tokenWithBasic("notification-service", "", "grant_type=client_credentials")
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void aServiceAskingForAnotherServicesOrAPartnersScopeIsRefused() {
        calls().tokenWithBasic(EVENT_SERVICE, SECRET, "grant_type=client_credentials&scope=internal:ticket-documents")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_scope");
        calls().tokenWithBasic(EVENT_SERVICE, SECRET, "grant_type=client_credentials&scope=events:read")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_scope");
    }

    @Test
    void aServiceTokenIsAValidTokenThatOpensNoneOfTheAccountEndpoints() {
        String token = (String) calls().tokenWithBasic(EVENT_SERVICE, SECRET, "grant_type=client_credentials")
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody().get("access_token");

        identity().me(token).expectStatus().isForbidden()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*insufficient_scope.*");
        client.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/api-clients").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
    }

    private ApiClientCalls calls() {
        return new ApiClientCalls(client, jdbc);
    }
}
