package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ApiClientManagementTest extends IdentityIntegrationTest {

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    @LocalServerPort
    int port;

    IdentityClient identity;
    ApiClientCalls apiClients;
    String organizerId;
    String organizerToken;

    @BeforeEach
    void signInAsOrganizer() {
        identity = identity();
        apiClients = new ApiClientCalls(client, jdbc);
        Account organizer = Account.fresh();
        organizerId = apiClients.organizer(identity, organizer);
        organizerToken = identity.accessTokenOf(organizer);
    }

    @Test
    @SuppressWarnings("unchecked")
    void organizerRegistersAClientWhoseSecretIsShownOnceAndStoredHashed() {
        Map<String, Object> registered = apiClients.register(organizerToken,
                        Map.of("name", "Box office CRM", "scopes", List.of("events:read", "attendees:read")))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/api-clients/[0-9a-f-]{36}")
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody();

        assertThat(registered).containsEntry("organizerId", organizerId).containsEntry("name", "Box office CRM");
        assertThat((List<Object>) registered.get("scopes")).containsExactly("events:read", "attendees:read");
        String secret = (String) registered.get("clientSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(storedSecretHash(registered.get("clientId"))).isEqualTo(new SecretToken(secret).hash().hex())
                .isNotEqualTo(secret);

        client.get().uri("/api/v1/api-clients").header(HttpHeaders.AUTHORIZATION, "Bearer " + organizerToken)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].clientId").isEqualTo(registered.get("clientId"))
                .jsonPath("$.items[0].clientSecret").doesNotExist()
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void refusesClientManagementToAPlainUserWhateverTheBody() {
        String userToken = identity.accessTokenOf(registered());

        apiClients.register(userToken, Map.of("name", "", "scopes", List.of("nonsense"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        client.get().uri("/api/v1/api-clients").header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
                .exchange().expectStatus().isForbidden();
        apiClients.revoke(userToken, UUID.randomUUID()).expectStatus().isForbidden();
    }

    @Test
    void refusesUnknownScopesAndBlankNamesStoringNothing() {
        apiClients.register(organizerToken, Map.of("name", "CRM", "scopes", List.of("events:read", "admin:all")))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scopes");
        apiClients.register(organizerToken, Map.of("name", " ", "scopes", List.of("events:read")))
                .expectStatus().isBadRequest();
        apiClients.register(organizerToken, Map.of("name", "CRM", "scopes", List.of()))
                .expectStatus().isBadRequest();

        assertThat(clientsOf(organizerId)).isZero();
    }

    @Test
    void organizerActsForItsOwnOrganizationOnly() {
        Account other = Account.fresh();
        String otherId = apiClients.organizer(identity, other);
        Map<String, Object> othersClient = apiClients.registered(identity.accessTokenOf(other), "Other's", "events:read");

        apiClients.register(organizerToken, Map.of("name", "CRM", "scopes", List.of("events:read"), "organizerId", otherId))
                .expectStatus().isForbidden();
        apiClients.rotate(organizerToken, othersClient.get("clientId")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.API_CLIENT_NOT_FOUND.type().toString());
        apiClients.revoke(organizerToken, othersClient.get("clientId")).expectStatus().isNotFound();
        client.get().uri("/api/v1/api-clients?organizerId=" + otherId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + organizerToken)
                .exchange().expectStatus().isForbidden();

        assertThat(revokedAt(othersClient.get("clientId"))).isEqualTo("none");
    }

    @Test
    void administratorRegistersForAnyOrganizerButOnlyForOrganizers() {
        String adminToken = identity.accessTokenOf(identity.administrator(bootstrapAdministrator));
        String plainUserId = identity.registered(Account.fresh());

        apiClients.register(adminToken, Map.of("name", "Venue", "scopes", List.of("check-in:write"), "organizerId", organizerId))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.organizerId").isEqualTo(organizerId);
        apiClients.register(adminToken, Map.of("name", "Venue", "scopes", List.of("check-in:write"), "organizerId", plainUserId))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.NOT_AN_ORGANIZER.type().toString());
        apiClients.register(adminToken, Map.of("name", "Venue", "scopes", List.of("check-in:write"),
                        "organizerId", UUID.randomUUID().toString()))
                .expectStatus().isNotFound();

        client.get().uri("/api/v1/api-clients?organizerId=" + organizerId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void revokingIsFinalAndRepeatable() {
        Map<String, Object> registered = apiClients.registered(organizerToken, "CRM", "events:read");

        apiClients.revoke(organizerToken, registered.get("clientId")).expectStatus().isNoContent();
        String firstRevocation = revokedAt(registered.get("clientId"));
        apiClients.revoke(organizerToken, registered.get("clientId")).expectStatus().isNoContent();

        assertThat(firstRevocation).isNotEqualTo("none").isEqualTo(revokedAt(registered.get("clientId")));
        apiClients.rotate(organizerToken, registered.get("clientId")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.API_CLIENT_REVOKED.type().toString());
    }

    @Test
    void aClientCannotManageClients() {
        Map<String, Object> registered = apiClients.registered(organizerToken, "CRM",
                "events:read", "events:write", "bookings:read", "attendees:read", "check-in:write", "webhooks:manage");
        String clientToken = apiClients.accessToken(registered);

        apiClients.register(clientToken, Map.of("name", "Spawned", "scopes", List.of("events:read")))
                .expectStatus().isForbidden();
        identity.me(clientToken).expectStatus().isForbidden();
        assertThat(clientsOf(organizerId)).isEqualTo(1);
    }

    @Test
    void parallelRotationsLoseNoSecretTheyHandOut() {
        Map<String, Object> registered = apiClients.registered(organizerToken, "CRM", "events:read");
        String path = "/api/v1/api-clients/" + registered.get("clientId") + "/rotate-secret";
        Map<String, String> auth = Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + organizerToken);

        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port,
                List.of(ParallelHttp.Call.post(path, null, auth), ParallelHttp.Call.post(path, null, auth)));

        // one after the other under the row lock: the first's secret became the second's previous one
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        for (HttpResponse<String> answer : answers) {
            String secret = json.readTree(answer.body()).get("clientSecret").asString();
            apiClients.tokenWithBasic(registered.get("clientId"), secret, "grant_type=client_credentials")
                    .expectStatus().isOk();
        }
    }

    private String storedSecretHash(Object clientId) {
        return jdbc.sql("SELECT secret_hash FROM api_clients WHERE id = :id::uuid").param("id", clientId)
                .query(String.class).single();
    }

    /** "none" while not revoked. */
    private String revokedAt(Object clientId) {
        return jdbc.sql("SELECT coalesce(revoked_at::text, 'none') FROM api_clients WHERE id = :id::uuid")
                .param("id", clientId).query(String.class).single();
    }

    private long clientsOf(String organizer) {
        return jdbc.sql("SELECT count(*) FROM api_clients WHERE organizer_id = :id::uuid").param("id", organizer)
                .query(Long.class).single();
    }
}
