package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.platform.outbox.OutboxRelay;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@AdjustableClockContext
class PasswordResetTest extends IdentityIntegrationTest {

    @Autowired
    AdjustableClock clock;

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    @Autowired
    FieldSealing sealing;

    @Autowired
    OutboxRelay relay;

    private final Map<String, Integer> resetRequestsMade = new HashMap<>();

    @Test
    void mailsASingleUseTokenThroughTheOutboxAndStoresOnlyItsHash() {
        Account account = Account.fresh();
        String userId = identity().registered(account);

        forgot(account.email());

        String payload = publishedResetRequests(userId, 1).getFirst().payload();
        ContractAssertions.assertMatchesSchema(EventTypes.PASSWORD_RESET_REQUESTED, payload);
        JsonNode request = json.readTree(payload);
        String token = tokenOf(request, userId);
        assertThat(request.get("email").asString()).isEqualTo(account.email());
        assertThat(request.get("name").asString()).isEqualTo(account.name());
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset_tokens WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(String.class).single()).isEqualTo(TokenRefreshTest.sha256(token));
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "PASSWORD_RESET_REQUESTED")).singleElement()
                .satisfies(entry -> ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED,
                        entry.toString()));
    }

    /** Issue 10: the token never travels in clear, and its outbox row does not outlive its publication. */
    @Test
    void theTokenIsInNoOutboxRowNorKafkaRecordInClearAndItsRowIsGoneOncePublished() {
        Account account = Account.fresh();
        String userId = identity().registered(account);
        String token;
        relay.stop();
        try {
            forgot(account.email());

            Map<String, Object> row = jdbc.sql("""
                            SELECT payload::text AS payload, headers::text AS headers, purge_on_publish FROM outbox
                            WHERE event_type = :type AND aggregate_id = :userId""")
                    .param("type", EventTypes.PASSWORD_RESET_REQUESTED).param("userId", userId)
                    .query().singleRow();
            token = tokenOf(json.readTree((String) row.get("payload")), userId);
            assertThat(row.get("purge_on_publish")).isEqualTo(true);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM outbox WHERE payload::text LIKE :token OR headers::text LIKE :token""")
                    .param("token", "%" + token + "%").query(Long.class).single())
                    .as("outbox rows holding the token in clear").isZero();
        } finally {
            relay.start();
        }

        TestEventBus.Message published = publishedResetRequests(userId, 1).getFirst();
        assertThat(published.payload()).doesNotContain(token);
        assertThat(TestEventBus.await(Topics.IDENTITY_EVENTS, message -> message.payload().contains(token), 1,
                Duration.ofSeconds(2))).as("identity records holding the token in clear").isEmpty();
        assertThat(awaitNoRowOf(EventTypes.PASSWORD_RESET_REQUESTED, userId))
                .as("the reset request's row is deleted once Kafka has it").isTrue();
        reset(token, "a new password for the reset").expectStatus().isNoContent();
    }

    @Test
    void answersAnUnknownAddressExactlyLikeAKnownOneAndPublishesNothing() {
        Account known = Account.fresh();
        identity().register(known);
        String unknown = Account.fresh().email();
        long outboxBefore = keptOutboxRows();

        byte[] unknownAnswer = forgot(unknown);

        assertThat(keptOutboxRows()).isEqualTo(outboxBefore);
        assertThat(TestEventBus.await(Topics.IDENTITY_EVENTS, message -> message.payload().contains(unknown), 1,
                Duration.ofSeconds(2))).isEmpty();
        assertThat(new Outbox(jdbc, json).auditTrailOf(unknown)).isEmpty();
        assertThat(forgot(known.email())).isEqualTo(unknownAnswer);
    }

    @Test
    void takesAboutAsLongForAnUnknownAddressAsForAKnownOne() {
        Account known = Account.fresh();
        identity().register(known);

        long knownMillis = millisToAnswer(known.email());
        long unknownMillis = millisToAnswer(Account.fresh().email());

        // both are held to the configured minimum (250 ms), which dwarfs the work done for a known address
        assertThat(knownMillis).isGreaterThanOrEqualTo(250);
        assertThat(unknownMillis).isGreaterThanOrEqualTo(250);
    }

    @Test
    void resetsThePasswordOnceAndEndsEverySession() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String session = identity.refreshTokenOf(account);
        String token = requestedToken(account, userId);

        reset(token, "a new password for the reset").expectStatus().isNoContent();

        identity.logIn(account.withPassword("a new password for the reset"));
        identity.refresh(session).expectStatus().isUnauthorized();
        reset(token, "yet another new password").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_RESET_TOKEN.type().toString());
        identity.logIn(account.withPassword("a new password for the reset"));
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "PASSWORD_RESET_COMPLETED")).singleElement()
                .satisfies(entry -> ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED,
                        entry.toString()));
    }

    @Test
    void refusesAnExpiredToken() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String token = requestedToken(account, userId);

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        reset(token, "a new password for the reset").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_RESET_TOKEN.type().toString());
        identity.logIn(account);
    }

    @Test
    void aResetVoidsTheOtherLinksOfTheAccount() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String older = requestedToken(account, userId);
        String newer = requestedToken(account, userId);

        reset(newer, "a new password for the reset").expectStatus().isNoContent();

        reset(older, "an attacker's chosen password").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_RESET_TOKEN.type().toString());
    }

    @Test
    void refusesAnUnknownTokenAndAWeakPassword() {
        Account account = Account.fresh();
        String userId = identity().registered(account);
        String token = requestedToken(account, userId);

        reset("not-a-token-anybody-was-given-0123456789abc", "a new password for the reset")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_RESET_TOKEN.type().toString());
        reset(token, "iloveyou12345").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");

        reset(token, "a new password for the reset").expectStatus().isNoContent();
    }

    @Test
    void sendsNoLinkForADisabledAccount() {
        IdentityClient identity = identity();
        String adminToken = identity.accessTokenOf(identity.administrator(bootstrapAdministrator));
        Account account = Account.fresh();
        String userId = identity.registered(account);
        client.patch().uri("/api/v1/users/{id}", userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", false))
                .exchange()
                .expectStatus().isOk();

        forgot(account.email());

        assertThat(new Outbox(jdbc, json).payloads(EventTypes.PASSWORD_RESET_REQUESTED, userId)).isEmpty();
        assertThat(TestEventBus.await(Topics.IDENTITY_EVENTS, message -> userId.equals(message.key())
                && EventTypes.PASSWORD_RESET_REQUESTED.equals(message.eventType()), 1, Duration.ofSeconds(2)))
                .isEmpty();
    }

    /** Like notification-service: the token of the latest request, opened from the published event. */
    private String requestedToken(Account account, String userId) {
        forgot(account.email());
        int requests = resetRequestsMade.merge(userId, 1, Integer::sum);
        List<TestEventBus.Message> published = publishedResetRequests(userId, requests);
        assertThat(published).hasSize(requests);
        return tokenOf(json.readTree(published.getLast().payload()), userId);
    }

    private String tokenOf(JsonNode request, String userId) {
        assertThat(request.has("resetToken")).isFalse();
        return sealing.open(request.get("sealedToken").asString(),
                PasswordResetRequested.sealingContext(UUID.fromString(userId)));
    }

    /** Read from Kafka: the outbox rows of reset requests are deleted as soon as they are published. */
    private static List<TestEventBus.Message> publishedResetRequests(String userId, int expected) {
        return TestEventBus.await(Topics.IDENTITY_EVENTS, message -> userId.equals(message.key())
                && EventTypes.PASSWORD_RESET_REQUESTED.equals(message.eventType()), expected, Duration.ofSeconds(20));
    }

    private boolean awaitNoRowOf(String eventType, String userId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (new Outbox(jdbc, json).payloads(eventType, userId).isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private byte[] forgot(String email) {
        return client.post().uri("/api/v1/auth/password/forgot")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody()
                .returnResult()
                .getResponseBody();
    }

    private long millisToAnswer(String email) {
        long started = System.nanoTime();
        forgot(email);
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private RestTestClient.ResponseSpec reset(String token, String newPassword) {
        return client.post().uri("/api/v1/auth/password/reset")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token, "newPassword", newPassword))
                .exchange();
    }

    /** Rows the relay keeps after publishing; the others may vanish at any moment. */
    private long keptOutboxRows() {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE NOT purge_on_publish").query(Long.class).single();
    }
}
