package com.evently.ticketing.notification;

import com.evently.ticketing.notification.adapter.in.web.NotificationProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook subscription API over HTTP with real tokens: who sees what, and what is refused. */
class WebhookApiTest extends NotificationServiceIntegrationTest {


    @Autowired
    RestTestClient http;

    @Test
    void theSecretIsShownOnceAndTheSubscriptionListedForItsOrganizer() {
        TestUser organizer = TestUser.organizer();

        JsonNode created = json.readTree(http.post().uri("/api/v1/webhooks")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("booking.confirmed", "event.published")))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/webhooks/[0-9a-f-]{36}")
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(created.get("secret").asString()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(created.get("eventTypes").toString()).isEqualTo("[\"booking.confirmed\",\"event.published\"]");
        String listed = http.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(listed).contains(created.get("id").asString()).doesNotContain("whsec_");
        http.get().uri("/api/v1/webhooks/{id}", created.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.secret").doesNotExist().jsonPath("$.status").isEqualTo("ENABLED");
    }

    @Test
    void anOrganizerCannotSeeOrDeleteAnothersSubscriptionButAnAdministratorCan() {
        TestUser owner = TestUser.organizer();
        TestUser other = TestUser.organizer();
        String id = subscribe(owner);

        for (String uri : List.of("/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries")) {
            http.get().uri(uri, id).header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(NotificationProblem.WEBHOOK_NOT_FOUND.type().toString());
        }
        http.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/v1/webhooks/{id}/ping", id).header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange()
                .expectStatus().isNotFound();
        assertThat(http.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).doesNotContain(id);
        assertThat(storedFor(owner)).isEqualTo(1);

        String admin = TestUser.admin().bearer();
        assertThat(http.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains(id);
        http.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isNoContent();
        http.get().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, owner.bearer()).exchange()
                .expectStatus().isNotFound();
        assertThat(storedFor(owner)).isZero();
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        TestUser organizer = TestUser.organizer();
        List<String> badBodies = List.of(
                "{\"url\":\"ftp://partner.example/x\",\"eventTypes\":[\"booking.confirmed\"]}",
                "{\"url\":\"file:///etc/passwd\",\"eventTypes\":[\"booking.confirmed\"]}",
                "{\"url\":\"http://user:secret@127.0.0.1/x\",\"eventTypes\":[\"booking.confirmed\"]}",
                "{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[\"booking.exploded\"]}",
                "{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[]}",
                "{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":[null]}",
                "{\"url\":\"http://127.0.0.1/x\"}",
                "{\"eventTypes\":[\"booking.confirmed\"]}",
                "{\"url\":\"http://no-such-host.invalid/x\",\"eventTypes\":[\"booking.confirmed\"]}",
                "{\"url\":\"http://127.0.0.1/x\",\"eventTypes\":\"booking.confirmed\"}",
                "{\"url\":");

        for (String body : badBodies) {
            http.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                    .contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).as(body)
                            .startsWith(Problems.TYPE_BASE));
        }
        http.get().uri("/api/v1/webhooks/not-a-uuid").header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/api/v1/webhooks/{id}/deliveries?size=1000", subscribe(organizer))
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isBadRequest();
        assertThat(storedFor(organizer)).isEqualTo(1);
    }

    @Test
    void onlyOrganizersAdministratorsAndClientsWithTheScopeManageWebhooks() {
        http.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, TestUser.attendee().bearer())
                .exchange().expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        http.get().uri("/api/v1/webhooks").exchange().expectStatus().isUnauthorized();

        UUID organizer = UUID.randomUUID();
        http.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, clientToken(organizer, "events:read"))
                .exchange().expectStatus().isForbidden();
        String client = clientToken(organizer, "webhooks:manage");
        http.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, client)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("ticket.checked_in")))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.organizerId").isEqualTo(organizer.toString());
    }

    private String subscribe(TestUser organizer) {
        return json.readTree(http.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("event.cancelled")))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody())
                .get("id").asString();
    }

    private long storedFor(TestUser organizer) {
        return jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE organizer_id = :organizer")
                .param("organizer", organizer.id()).query(Long.class).single();
    }

    /** Shaped like identity's client-credentials tokens: the client in sub and client_id, no roles. */
    private static String clientToken(UUID organizer, String scope) {
        UUID clientId = UUID.randomUUID();
        Instant now = Instant.now();
        return "Bearer " + TestIdentityProvider.get().sign(new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.ISSUER)
                .audience(TestIdentityProvider.AUDIENCE)
                .subject(clientId.toString())
                .claim("client_id", clientId.toString())
                .claim("org", organizer.toString())
                .claim("scope", scope)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build());
    }
}
