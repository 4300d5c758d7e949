package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class CurrentUserTest extends IdentityIntegrationTest {

    @Test
    void showsTheAccountTheTokenWasIssuedFor() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = (String) identity.register(account).get("id");

        Map<String, Object> me = client.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + identity.accessTokenOf(account))
                .exchange()
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult()
                .getResponseBody();

        assertThat(me).containsOnlyKeys("id", "email", "name", "roles", "language")
                .containsEntry("id", userId)
                .containsEntry("email", account.email())
                .containsEntry("name", account.name())
                .containsEntry("roles", List.of("USER"))
                .containsEntry("language", "en");
    }

    @Test
    void refusesARequestWithoutToken() {
        client.get().uri("/api/v1/users/me")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        client.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, TestUser.attendee().bearer())
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
