package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ProfileTest extends IdentityIntegrationTest {

    @Test
    void changesNameAndAddressAndLogsInWithTheNewAddress() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        Account moved = Account.fresh();

        patchMe(identity.accessTokenOf(account), Map.of("name", "  Ana Diaz ", "email", moved.email().toUpperCase()))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(userId)
                .jsonPath("$.name").isEqualTo("Ana Diaz")
                .jsonPath("$.email").isEqualTo(moved.email());

        identity.logIn(new Account(moved.email(), account.password(), "Ana Diaz"));
        List<JsonNode> emailChanges = new Outbox(jdbc, json).auditEntries(userId, "EMAIL_CHANGED");
        assertThat(emailChanges).singleElement().satisfies(entry -> {
            assertThat(entry.get("email").asString()).isEqualTo(moved.email());
            assertThat(entry.get("detail").asString()).contains(account.email());
            ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, entry.toString());
        });
    }

    @Test
    void keepsWhatThePatchLeavesOut() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);

        patchMe(identity.accessTokenOf(account), Map.of("name", "Only The Name"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.email").isEqualTo(account.email())
                .jsonPath("$.name").isEqualTo("Only The Name");
    }

    @Test
    void neverAppliesRolesOrTheEnabledFlagSentToTheOwnProfile() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);

        patchMe(identity.accessTokenOf(account),
                Map.of("name", "Would Be Admin", "roles", List.of("USER", "ADMIN", "ORGANIZER"), "enabled", false))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("USER"));

        assertThat(jdbc.sql("SELECT role FROM user_roles WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(String.class).list()).containsExactly("USER");
        assertThat(jdbc.sql("SELECT enabled FROM users WHERE id = CAST(:id AS uuid)")
                .param("id", userId).query(Boolean.class).single()).isTrue();
        String fresh = identity.accessTokenOf(account);
        identity.me(fresh).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("USER"));
    }

    @Test
    void refusesAnAddressOfAnotherAccountInAnyLetterCase() {
        Account taken = Account.fresh();
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(taken);
        identity.register(account);

        patchMe(identity.accessTokenOf(account), Map.of("email", taken.email().toUpperCase()))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(IdentityProblem.EMAIL_TAKEN.type().toString());

        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = :email")
                .param("email", taken.email()).query(Long.class).single()).isEqualTo(1);
        identity.logIn(account);
    }

    @Test
    void refusesAnInvalidAddressOrBlankNameAndChangesNothing() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String token = identity.accessTokenOf(account);

        patchMe(token, Map.of("email", "not-an-address")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        patchMe(token, Map.of("name", "   ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.MALFORMED_REQUEST.type().toString());

        identity.me(token).expectStatus().isOk().expectBody()
                .jsonPath("$.email").isEqualTo(account.email())
                .jsonPath("$.name").isEqualTo(account.name());
    }

    @Test
    void changesThePasswordAndEndsEverySession() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String session = identity.refreshTokenOf(account);
        String newPassword = "a brand new passphrase 42";

        changePassword(identity.accessTokenOf(account), account.password(), newPassword).expectStatus().isNoContent();

        identity.refresh(session).expectStatus().isUnauthorized();
        failedLogin(account);
        identity.logIn(account.withPassword(newPassword));
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "PASSWORD_CHANGED"))
                .extracting(entry -> entry.get("outcome").asString()).containsExactly("SUCCESS");
    }

    @Test
    void refusesAWrongCurrentPasswordAndKeepsTheOldOne() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String session = identity.refreshTokenOf(account);

        changePassword(identity.accessTokenOf(account), "not the current one", "a brand new passphrase 42")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(IdentityProblem.WRONG_PASSWORD.type().toString())
                .jsonPath("$.errors[0].field").isEqualTo("currentPassword");

        identity.logIn(account);
        identity.refresh(session).expectStatus().isOk();
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "PASSWORD_CHANGED"))
                .extracting(entry -> entry.get("outcome").asString()).containsExactly("FAILURE");
    }

    @Test
    void refusesAWeakNewPasswordAndKeepsTheOldOne() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String token = identity.accessTokenOf(account);

        changePassword(token, account.password(), "qwertyuiop123").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                .jsonPath("$.errors[0].field").isEqualTo("newPassword");
        changePassword(token, account.password(), "short").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");

        identity.logIn(account);
    }

    private RestTestClient.ResponseSpec patchMe(String accessToken, Map<String, ?> changes) {
        return client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(changes)
                .exchange();
    }

    private RestTestClient.ResponseSpec changePassword(String accessToken, String current, String next) {
        return client.put().uri("/api/v1/users/me/password")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .exchange();
    }

    private void failedLogin(Account account) {
        client.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
