package com.evently.ticketing.identity;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.Map;

/**
 * A user calling an administrator's endpoint learns only that it is not theirs (403), whatever the request
 * carries: its body or parameters are not looked at, so a validation report cannot describe the endpoint.
 */
@ServiceIntegrationTest
class AuthorizationBeforeValidationTest extends IdentityIntegrationTest {

    private IdentityClient identity;
    private String userId;
    private String userToken;

    @BeforeEach
    void signInAsAUser() {
        identity = identity();
        Account user = Account.fresh();
        userId = identity.registered(user);
        userToken = identity.accessTokenOf(user);
    }

    @Test
    void aUserChangingAnAccountWithAnInvalidBodyIsForbiddenNotCorrected() {
        patchUser("{\"roles\": [null]}")
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        patchUser("{\"roles\": [")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
    }

    @Test
    void aUserListingAccountsWithInvalidParametersIsForbiddenNotCorrected() {
        client.get().uri("/api/v1/users?size=1000&role=OWNER")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
    }

    @Test
    void aUserStillChangesTheirOwnProfile() {
        client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Renamed Person"))
                .exchange()
                .expectStatus().isOk();
        client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "   "))
                .exchange()
                .expectStatus().isBadRequest();
    }

    private RestTestClient.ResponseSpec patchUser(String body) {
        return client.patch().uri("/api/v1/users/{id}", userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
