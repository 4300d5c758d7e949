package com.evently.ticketing.identity;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class RegistrationTest {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void registersAPersonAsUser() {
        Account account = Account.fresh();

        Map<String, Object> user = new IdentityClient(client).register(account);

        assertThat(user).containsOnlyKeys("id", "email", "name", "roles");
        assertThat(user.get("id")).asString().isNotBlank();
        assertThat(user).containsEntry("email", account.email())
                .containsEntry("name", account.name())
                .containsEntry("roles", List.of("USER"));
    }

    @Test
    void storesTheAddressInLowerCaseAndNeverThePassword() {
        Account account = Account.fresh();
        Account shouting = new Account(account.email().toUpperCase(), account.password(), account.name());

        Map<String, Object> user = new IdentityClient(client).register(shouting);

        assertThat(user).containsEntry("email", account.email());
        String storedHash = jdbc.sql("SELECT password_hash FROM users WHERE email = :email")
                .param("email", account.email()).query(String.class).single();
        assertThat(storedHash).startsWith("$2").doesNotContain(account.password());
    }

    @Test
    void refusesAnAddressRegisteredInAnotherLetterCase() {
        Account account = Account.fresh();
        new IdentityClient(client).register(account);
        Account sameAddress = new Account(account.email().toUpperCase(), "another password 123", "Someone Else");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(sameAddress.registration())
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://ticketing.evently.dev/problems/email-taken")
                .jsonPath("$.status").isEqualTo(409);

        assertThat(usersWithAddress(account.email())).isEqualTo(1);
    }

    @Test
    void refusesAShortPasswordAndStoresNothing() {
        Account account = new Account(Account.fresh().email(), "too short", "Short Password");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://ticketing.evently.dev/problems/validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("password");

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void refusesAPasswordBcryptWouldTruncateAndStoresNothing() {
        Account account = new Account(Account.fresh().email(), "é".repeat(40), "Long Password");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://ticketing.evently.dev/problems/validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("password");

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void refusesMalformedJsonAndStoresNothing() {
        Account account = Account.fresh();
        String truncated = "{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password() + "\",\"name\":";

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(truncated)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://ticketing.evently.dev/problems/malformed-request");

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void announcesTheRegistrationOnTheIdentityTopicKeyedByUser() {
        Account account = Account.fresh();
        String userId = (String) new IdentityClient(client).register(account).get("id");

        String outboxPayload = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = :userId AND event_type = :type")
                .param("userId", userId)
                .param("type", EventTypes.USER_REGISTERED)
                .query(String.class)
                .single();
        ContractAssertions.assertMatchesSchema(EventTypes.USER_REGISTERED, outboxPayload);

        List<TestEventBus.Message> published = TestEventBus.await(Topics.IDENTITY_EVENTS,
                message -> userId.equals(message.key()), 1, Duration.ofSeconds(30));
        assertThat(published).singleElement().satisfies(message -> {
            assertThat(message.eventType()).isEqualTo(EventTypes.USER_REGISTERED);
            ContractAssertions.assertMatchesSchema(EventTypes.USER_REGISTERED, message.payload());
            JsonNode payload = json.readTree(message.payload());
            assertThat(payload.get("userId").asString()).isEqualTo(userId);
            assertThat(payload.get("email").asString()).isEqualTo(account.email());
            assertThat(payload.get("roles").values()).map(JsonNode::asString).containsExactly("USER");
        });
    }

    private long usersWithAddress(String email) {
        return jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(:email)")
                .param("email", email).query(Long.class).single();
    }
}
