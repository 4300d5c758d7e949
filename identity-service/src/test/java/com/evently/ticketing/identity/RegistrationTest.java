package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class RegistrationTest extends IdentityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void registersAPersonAsUser() {
        Account account = Account.fresh();

        Map<String, Object> user = identity().register(account);

        assertThat(user).containsOnlyKeys("id", "email", "name", "roles", "language");
        assertThat(user.get("id")).asString().isNotBlank();
        assertThat(user).containsEntry("email", account.email())
                .containsEntry("name", account.name())
                .containsEntry("roles", List.of("USER"))
                .containsEntry("language", "en");
    }

    @Test
    void storesTheAddressInLowerCaseAndNeverThePassword() {
        Account account = Account.fresh();
        Account shouting = new Account(account.email().toUpperCase(), account.password(), account.name());

        Map<String, Object> user = identity().register(shouting);

        assertThat(user).containsEntry("email", account.email());
        String storedHash = jdbc.sql("SELECT password_hash FROM users WHERE email = :email")
                .param("email", account.email()).query(String.class).single();
        assertThat(storedHash).startsWith("$2").doesNotContain(account.password());
    }

    @Test
    void refusesAnAddressRegisteredInAnotherLetterCase() {
        Account account = Account.fresh();
        identity().register(account);
        Account sameAddress = new Account(account.email().toUpperCase(), "another password 123", "Someone Else");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(sameAddress.registration())
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(IdentityProblem.EMAIL_TAKEN.type().toString())
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
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
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
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
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
                .jsonPath("$.type").isEqualTo(PlatformProblem.MALFORMED_REQUEST.type().toString());

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void refusesACommonPasswordAndStoresNothing() {
        Account account = Account.fresh().withPassword("Password1234!");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("too common"));

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void refusesTheAddressAsPasswordAndStoresNothing() {
        Account fresh = Account.fresh();
        Account account = fresh.withPassword(fresh.email().substring(0, fresh.email().indexOf('@')) + "!!");

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("password");

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void refusesAnOversizedBodyUnreadAndStoresNothing() {
        Account account = Account.fresh();
        String oversized = "{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password()
                + "\",\"name\":\"" + account.name() + "\",\"padding\":\"" + "x".repeat(20_000) + "\"}";

        client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(oversized)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.REQUEST_TOO_LARGE.type().toString());

        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void cutsOffAnOversizedBodySentWithoutLengthAndStoresNothing() throws Exception {
        Account account = Account.fresh();
        byte[] oversized = ("{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password()
                + "\",\"name\":\"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                // a stream of unknown length goes out chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)))
                .build();

        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(PlatformProblem.REQUEST_TOO_LARGE.type().toString());
        assertThat(usersWithAddress(account.email())).isZero();
    }

    @Test
    void auditsTheRegistrationWithTheAddressTheGatewaySaw() {
        Account account = Account.fresh();

        String userId = (String) client.post().uri("/api/v1/auth/register")
                .header("X-Forwarded-For", "203.0.113.7, 198.51.100.23")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isCreated()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult()
                .getResponseBody()
                .get("id");

        List<String> audit = new Outbox(jdbc, json).payloads(EventTypes.SECURITY_EVENT_RECORDED, userId);
        assertThat(audit).singleElement().satisfies(payload -> {
            ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, payload);
            JsonNode entry = json.readTree(payload);
            assertThat(entry.get("action").asString()).isEqualTo("USER_REGISTERED");
            assertThat(entry.get("outcome").asString()).isEqualTo("SUCCESS");
            assertThat(entry.get("actorId").asString()).isEqualTo(userId);
            assertThat(entry.get("subjectUserId").asString()).isEqualTo(userId);
            assertThat(entry.get("email").asString()).isEqualTo(account.email());
            assertThat(entry.get("clientAddress").asString()).as("the entry the gateway appended").isEqualTo("198.51.100.23");
        });
    }

    @Test
    void announcesTheRegistrationOnTheIdentityTopicKeyedByUser() {
        Account account = Account.fresh();
        String userId = (String) identity().register(account).get("id");

        String outboxPayload = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = :userId AND event_type = :type")
                .param("userId", userId)
                .param("type", EventTypes.USER_REGISTERED)
                .query(String.class)
                .single();
        ContractAssertions.assertMatchesSchema(EventTypes.USER_REGISTERED, outboxPayload);

        List<TestEventBus.Message> published = TestEventBus.await(Topics.IDENTITY_EVENTS,
                message -> userId.equals(message.key()) && EventTypes.USER_REGISTERED.equals(message.eventType()),
                1, Duration.ofSeconds(30));
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
