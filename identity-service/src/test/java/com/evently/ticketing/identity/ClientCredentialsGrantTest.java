package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The token endpoint answers in OAuth's own error format (RFC 6749 §5.2), not problem+json. */
@ServiceIntegrationTest
class ClientCredentialsGrantTest extends IdentityIntegrationTest {

    IdentityClient identity;
    ApiClientCalls apiClients;
    Account organizer;
    String organizerId;
    Map<String, Object> registered;

    @BeforeEach
    void registerAClient() {
        identity = identity();
        apiClients = new ApiClientCalls(client, jdbc);
        organizer = Account.fresh();
        organizerId = apiClients.organizer(identity, organizer);
        registered = apiClients.registered(identity.accessTokenOf(organizer), "Box office CRM",
                "events:read", "attendees:read");
    }

    @Test
    void grantsAShortLivedTokenForTheOrganizerWithTheClientsScopesAndNoRoles() {
        Map<String, Object> answer = apiClients.tokenWithBasic(registered.get("clientId"),
                        registered.get("clientSecret"), "grant_type=client_credentials")
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody();

        assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 600)
                .containsEntry("scope", "events:read attendees:read");
        JWTClaimsSet claims = ApiClientCalls.claimsOf((String) answer.get("access_token"));
        assertThat(claims.getSubject()).isEqualTo(registered.get("clientId"));
        assertThat(claims.getClaim("client_id")).isEqualTo(registered.get("clientId"));
        assertThat(claims.getClaim("org")).isEqualTo(organizerId);
        assertThat(claims.getClaim("scope")).isEqualTo("events:read attendees:read");
        assertThat(claims.getClaim("roles")).isNull();
        assertThat(claims.getClaim("email")).isNull();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void acceptsCredentialsInTheFormAndASubsetOfTheScopes() {
        apiClients.token("grant_type=client_credentials&scope=attendees:read&client_id=" + registered.get("clientId")
                        + "&client_secret=" + registered.get("clientSecret"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.scope").isEqualTo("attendees:read");
    }

    @Test
    void refusesAWrongSecretAsAnInvalidClient() {
        apiClients.tokenWithBasic(registered.get("clientId"), "not-the-secret", "grant_type=client_credentials")
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic .*")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void refusesAnUnknownOrMalformedClientAlike() {
        apiClients.tokenWithBasic(ApiClientCalls.randomId(), registered.get("clientSecret"), "grant_type=client_credentials")
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        apiClients.tokenWithBasic("not-a-client", "secret", "grant_type=client_credentials")
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        apiClients.token("grant_type=client_credentials")
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void revokedClientGetsNoMoreTokensAndItsLastOneExpiresWithinTheTokenLifetime() {
        String lastToken = apiClients.accessToken(registered);

        apiClients.revoke(identity.accessTokenOf(organizer), registered.get("clientId")).expectStatus().isNoContent();

        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"), "grant_type=client_credentials")
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        JWTClaimsSet claims = ApiClientCalls.claimsOf(lastToken);
        assertThat(claims.getExpirationTime().toInstant())
                .isBeforeOrEqualTo(claims.getIssueTime().toInstant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void refusesScopesUnknownOrNotGrantedToTheClient() {
        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"),
                        "grant_type=client_credentials&scope=admin:everything")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_scope");
        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"),
                        "grant_type=client_credentials&scope=events:read%20events:write")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_scope");
    }

    @Test
    void refusesOtherGrantTypesAndRequestsWithoutOne() {
        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"),
                        "grant_type=password&username=a&password=b")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("unsupported_grant_type");
        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"), "scope=events:read")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request");
        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"),
                        "grant_type=client_credentials&grant_type=client_credentials")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request");
    }

    @Test
    void clientOfAnOrganizerWhoLostTheRoleGetsNoToken() {
        jdbc.sql("DELETE FROM user_roles WHERE user_id = :id::uuid AND role = 'ORGANIZER'").param("id", organizerId)
                .update();

        apiClients.tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"), "grant_type=client_credentials")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized_client");
    }

    @Test
    void clientTokenIsCheckedLikeEveryTokenAndGrantsNothingOutsideItsScopes() {
        String token = apiClients.accessToken(registered);

        // no scope opens a person's own account: a client is refused there
        identity.me(token).expectStatus().isForbidden()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*insufficient_scope.*");
        identity.me(token + "x").expectStatus().isUnauthorized();
        client.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
        assertThat(List.of(token.split("\\."))).hasSize(3);
    }
}
