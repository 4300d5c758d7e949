package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.testsupport.ContractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@AdjustableClockContext
class PasswordResetTest extends IdentityIntegrationTest {

    @Autowired
    AdjustableClock clock;

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    @Test
    void mailsASingleUseTokenThroughTheOutboxAndStoresOnlyItsHash() {
        Account account = Account.fresh();
        String userId = identity().registered(account);

        forgot(account.email());

        String payload = new Outbox(jdbc, json).payloads(EventTypes.PASSWORD_RESET_REQUESTED, userId).getFirst();
        ContractAssertions.assertMatchesSchema(EventTypes.PASSWORD_RESET_REQUESTED, payload);
        JsonNode request = json.readTree(payload);
        String token = request.get("resetToken").asString();
        assertThat(request.get("email").asString()).isEqualTo(account.email());
        assertThat(request.get("name").asString()).isEqualTo(account.name());
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset_tokens WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(String.class).single()).isEqualTo(TokenRefreshTest.sha256(token));
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "PASSWORD_RESET_REQUESTED")).singleElement()
                .satisfies(entry -> ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED,
                        entry.toString()));
    }

    @Test
    void answersAnUnknownAddressExactlyLikeAKnownOneAndPublishesNothing() {
        Account known = Account.fresh();
        identity().register(known);
        String unknown = Account.fresh().email();
        long outboxBefore = outboxRows();

        byte[] unknownAnswer = forgot(unknown);

        assertThat(outboxRows()).isEqualTo(outboxBefore);
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
    }

    private String requestedToken(Account account, String userId) {
        forgot(account.email());
        List<String> requests = new Outbox(jdbc, json).payloads(EventTypes.PASSWORD_RESET_REQUESTED, userId);
        return json.readTree(requests.getLast()).get("resetToken").asString();
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

    private long outboxRows() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }
}
