package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class UserAdministrationTest extends IdentityIntegrationTest {

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    IdentityClient identity;
    String adminToken;
    String adminId;

    @BeforeEach
    void signInAsAdministrator() {
        identity = identity();
        Account admin = identity.administrator(bootstrapAdministrator);
        adminToken = identity.accessTokenOf(admin);
        adminId = jdbc.sql("SELECT id::text FROM users WHERE email = :email").param("email", admin.email())
                .query(String.class).single();
    }

    @Test
    void refusesEveryAdministrationEndpointToAUser() {
        Account user = Account.fresh();
        String userId = identity.registered(user);
        String token = identity.accessTokenOf(user);

        call(token, client.get().uri("/api/v1/users")).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        patchUser(token, userId, Map.of("roles", List.of("ADMIN"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        call(token, client.post().uri("/api/v1/admin/signing-keys/rotate")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());

        assertThat(rolesOf(userId)).containsExactly("USER");
    }

    @Test
    void listsAndFiltersAccountsPageByPage() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Account first = new Account("first-" + marker + "@example.com", "correct horse battery 1", "Zoe " + marker);
        Account second = new Account("second-" + marker + "@example.com", "correct horse battery 2", "Yan " + marker);
        String firstId = identity.registered(first);
        String secondId = identity.registered(second);
        patchUser(adminToken, secondId, Map.of("roles", List.of("ORGANIZER"))).expectStatus().isOk();

        list(Map.of("q", marker, "size", "1", "page", "0"))
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.page.totalPages").isEqualTo(2)
                .jsonPath("$.page.size").isEqualTo(1)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(secondId);
        list(Map.of("q", marker, "size", "1", "page", "1"))
                .jsonPath("$.items[0].id").isEqualTo(firstId)
                .jsonPath("$.items[0].email").isEqualTo(first.email())
                .jsonPath("$.items[0].name").isEqualTo(first.name())
                .jsonPath("$.items[0].roles").isEqualTo(List.of("USER"))
                .jsonPath("$.items[0].enabled").isEqualTo(true)
                .jsonPath("$.items[0].createdAt").isNotEmpty();
        list(Map.of("q", marker, "role", "organizer")).jsonPath("$.items[*].id").isEqualTo(List.of(secondId));
        list(Map.of("email", "FIRST-" + marker)).jsonPath("$.items[*].id").isEqualTo(List.of(firstId));
        list(Map.of("name", "yan " + marker)).jsonPath("$.items[*].id").isEqualTo(List.of(secondId));
        // a % typed into the search is a character to find, not a wildcard
        list(Map.of("q", marker + "%")).jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void showsEachAccountsMailLanguage() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Account english = new Account("english-" + marker + "@example.com", "correct horse battery 1", "En " + marker);
        Account german = new Account("german-" + marker + "@example.com", "correct horse battery 2", "De " + marker);
        String englishId = identity.registered(english);
        String germanId = identity.registered(german);
        call(identity.accessTokenOf(german), client.patch().uri("/api/v1/users/me")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("language", "de")))
                .expectStatus().isOk();

        list(Map.of("q", marker))
                .jsonPath("$.items[?(@.id == '" + englishId + "')].language").isEqualTo(List.of("en"))
                .jsonPath("$.items[?(@.id == '" + germanId + "')].language").isEqualTo(List.of("de"));
        patchUser(adminToken, germanId, Map.of("roles", List.of("ORGANIZER"))).expectStatus().isOk()
                .expectBody().jsonPath("$.language").isEqualTo("de");
    }

    @Test
    void refusesAnUnknownRoleOrPageSize() {
        call(adminToken, client.get().uri("/api/v1/users?role=OWNER")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        call(adminToken, client.get().uri("/api/v1/users?size=1000")).expectStatus().isBadRequest();
        Account user = Account.fresh();
        String userId = identity.registered(user);
        patchUser(adminToken, userId, Map.of("roles", List.of("ORGANIZER", "OWNER"))).expectStatus().isBadRequest();

        assertThat(rolesOf(userId)).containsExactly("USER");
    }

    @Test
    void replacesRolesKeepingUserAndAnnouncesTheChange() {
        Account user = Account.fresh();
        String userId = identity.registered(user);

        patchUser(adminToken, userId, Map.of("roles", List.of("ORGANIZER"))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(userId)
                .jsonPath("$.roles").isEqualTo(List.of("USER", "ORGANIZER"))
                .jsonPath("$.enabled").isEqualTo(true);

        assertThat(rolesOf(userId)).containsExactlyInAnyOrder("USER", "ORGANIZER");
        Outbox outbox = new Outbox(jdbc, json);
        assertThat(outbox.payloads(EventTypes.USER_ROLE_CHANGED, userId)).singleElement().satisfies(payload -> {
            ContractAssertions.assertMatchesSchema(EventTypes.USER_ROLE_CHANGED, payload);
            JsonNode change = json.readTree(payload);
            assertThat(change.get("previousRoles").values()).map(JsonNode::asString).containsExactly("USER");
            assertThat(change.get("roles").values()).map(JsonNode::asString).containsExactly("USER", "ORGANIZER");
            assertThat(change.get("changedBy").asString()).isEqualTo(adminId);
        });
        assertThat(outbox.auditEntries(userId, "ROLES_CHANGED")).singleElement()
                .satisfies(entry -> assertThat(entry.get("actorId").asString()).isEqualTo(adminId));
        assertThat(SignedTokens.rolesOf(identity.accessTokenOf(user))).containsExactly("USER", "ORGANIZER");
    }

    @Test
    void announcesNothingWhenTheRolesStayTheSame() {
        Account user = Account.fresh();
        String userId = identity.registered(user);

        patchUser(adminToken, userId, Map.of("roles", List.of("USER"), "enabled", true)).expectStatus().isOk();

        assertThat(new Outbox(jdbc, json).payloads(EventTypes.USER_ROLE_CHANGED, userId)).isEmpty();
    }

    @Test
    void aDisabledAccountCanNeitherLogInNorRefreshUntilEnabledAgain() {
        Account user = Account.fresh();
        String userId = identity.registered(user);
        String session = identity.refreshTokenOf(user);

        patchUser(adminToken, userId, Map.of("enabled", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(false);

        logIn(user).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.ACCOUNT_DISABLED.type().toString());
        identity.refresh(session).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_REFRESH_TOKEN.type().toString());
        logIn(user.withPassword("not the password at all")).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_CREDENTIALS.type().toString());

        patchUser(adminToken, userId, Map.of("enabled", true)).expectStatus().isOk();
        identity.logIn(user);
        assertThat(new Outbox(jdbc, json).auditTrailOf(userId))
                .extracting(entry -> entry.get("action").asString())
                .contains("USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void refusesToLetAnAdministratorDisableOrDemoteThemselves() {
        patchUser(adminToken, adminId, Map.of("enabled", false)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.SELF_LOCKOUT.type().toString());
        patchUser(adminToken, adminId, Map.of("roles", List.of("ORGANIZER"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.SELF_LOCKOUT.type().toString());

        assertThat(rolesOf(adminId)).containsExactlyInAnyOrder("USER", "ADMIN");
        patchUser(adminToken, adminId, Map.of("roles", List.of("ADMIN", "ORGANIZER"))).expectStatus().isOk();
    }

    @Test
    void answersNotFoundForAnUnknownAccount() {
        patchUser(adminToken, UUID.randomUUID().toString(), Map.of("enabled", false)).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.USER_NOT_FOUND.type().toString());
    }

    private RestTestClient.BodyContentSpec list(Map<String, String> parameters) {
        return call(adminToken, client.get().uri(uri -> {
            uri.path("/api/v1/users");
            parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
            return uri.build(parameters);
        })).expectStatus().isOk().expectBody();
    }

    private RestTestClient.ResponseSpec patchUser(String token, String userId, Map<String, ?> change) {
        return client.patch().uri("/api/v1/users/{id}", userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(change)
                .exchange();
    }

    private RestTestClient.ResponseSpec logIn(Account account) {
        return client.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange();
    }

    private static RestTestClient.ResponseSpec call(String token, RestTestClient.RequestHeadersSpec<?> request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private List<String> rolesOf(String userId) {
        return jdbc.sql("SELECT role FROM user_roles WHERE user_id = CAST(:id AS uuid) ORDER BY role")
                .param("id", userId).query(String.class).list();
    }
}
