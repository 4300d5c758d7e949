package com.evently.ticketing.identity;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The language a user reads mails in: chosen at registration or later, stored, shown and announced. */
@ServiceIntegrationTest
class UserLanguageTest extends IdentityIntegrationTest {

    @Test
    void registersWithTheChosenLanguageAndAnnouncesIt() {
        Account account = Account.fresh();

        register(account, "de").expectStatus().isCreated()
                .expectBody().jsonPath("$.language").isEqualTo("de");
        String userId = idOf(account);

        assertThat(storedLanguageOf(userId)).isEqualTo("de");
        assertThat(outbox().payloads(EventTypes.USER_REGISTERED, userId)).singleElement().satisfies(payload -> {
            ContractAssertions.assertMatchesSchema(EventTypes.USER_REGISTERED, payload);
            assertThat(json.readTree(payload).get("language").asString()).isEqualTo("de");
        });
        identity().me(identity().accessTokenOf(account)).expectStatus().isOk()
                .expectBody().jsonPath("$.language").isEqualTo("de");
    }

    @Test
    void registersInEnglishWhenNoLanguageIsChosen() {
        String userId = identity().registered(Account.fresh());

        assertThat(storedLanguageOf(userId)).isEqualTo("en");
        assertThat(outbox().payloads(EventTypes.USER_REGISTERED, userId)).singleElement()
                .satisfies(payload -> assertThat(json.readTree(payload).get("language").asString()).isEqualTo("en"));
    }

    @Test
    void refusesAnUnknownLanguageAtRegistrationAndStoresNothing() {
        for (String refused : List.of("fr", "DE", "", "english", "de ")) {
            Account account = Account.fresh();

            register(account, refused).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                    .jsonPath("$.errors[0].field").isEqualTo("language");

            assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(:email)")
                    .param("email", account.email()).query(Long.class).single()).as(refused).isZero();
        }
    }

    @Test
    void changesTheLanguageKeepsTheRestAndAnnouncesTheProfileOnce() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String token = identity.accessTokenOf(account);

        patchMe(token, Map.of("language", "de")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.language").isEqualTo("de")
                .jsonPath("$.email").isEqualTo(account.email())
                .jsonPath("$.name").isEqualTo(account.name());
        patchMe(token, Map.of("language", "de")).expectStatus().isOk();

        assertThat(storedLanguageOf(userId)).isEqualTo("de");
        identity.me(token).expectStatus().isOk().expectBody().jsonPath("$.language").isEqualTo("de");
        assertThat(outbox().payloads(EventTypes.USER_PROFILE_CHANGED, userId)).singleElement().satisfies(payload -> {
            ContractAssertions.assertMatchesSchema(EventTypes.USER_PROFILE_CHANGED, payload);
            JsonNode profile = json.readTree(payload);
            assertThat(profile.get("userId").asString()).isEqualTo(userId);
            assertThat(profile.get("email").asString()).isEqualTo(account.email());
            assertThat(profile.get("name").asString()).isEqualTo(account.name());
            assertThat(profile.get("language").asString()).isEqualTo("de");
        });
    }

    @Test
    void refusesAnUnknownLanguageInTheProfileAndChangesNothing() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String token = identity.accessTokenOf(account);

        for (String refused : List.of("fr", "De", "", " ")) {
            patchMe(token, Map.of("language", refused, "name", "Not Applied Either")).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                    .jsonPath("$.errors[0].field").isEqualTo("language");
        }

        identity.me(token).expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("en")
                .jsonPath("$.name").isEqualTo(account.name());
        assertThat(storedLanguageOf(userId)).isEqualTo("en");
        assertThat(outbox().payloads(EventTypes.USER_PROFILE_CHANGED, userId)).isEmpty();
    }

    private RestTestClient.ResponseSpec register(Account account, String language) {
        Map<String, String> body = new HashMap<>(account.registration());
        body.put("language", language);
        return client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private RestTestClient.ResponseSpec patchMe(String accessToken, Map<String, ?> changes) {
        return client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(changes)
                .exchange();
    }

    private String idOf(Account account) {
        return jdbc.sql("SELECT id::text FROM users WHERE lower(email) = lower(:email)")
                .param("email", account.email()).query(String.class).single();
    }

    private String storedLanguageOf(String userId) {
        return jdbc.sql("SELECT language FROM users WHERE id = CAST(:id AS uuid)")
                .param("id", userId).query(String.class).single();
    }

    private Outbox outbox() {
        return new Outbox(jdbc, json);
    }
}
