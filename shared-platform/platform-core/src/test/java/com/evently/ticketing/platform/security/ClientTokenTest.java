package com.evently.ticketing.platform.security;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

@ServiceIntegrationTest
class ClientTokenTest {

    @Autowired
    RestTestClient http;

    private final UUID organizerA = UUID.randomUUID();
    private final UUID organizerB = UUID.randomUUID();

    @Test
    void clientWithAttendeesReadActsAsItsOrganizer() {
        get("/api/v1/events/" + organizerA + "/attendees", clientOf(organizerA, "attendees:read"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.organizerId").isEqualTo(organizerA.toString())
                .jsonPath("$.roles").isEqualTo(List.of("ORGANIZER"))
                .jsonPath("$.client").isEqualTo(true)
                .jsonPath("$.organizesIt").isEqualTo(true);
    }

    @Test
    void clientCannotActBeyondItsOrganizer() {
        get("/api/v1/events/" + organizerB + "/attendees", clientOf(organizerA, "attendees:read"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.organizesIt").isEqualTo(false);
    }

    @Test
    void clientOutsideItsScopesIsForbidden() {
        String eventsReader = clientOf(organizerA, "events:read");

        get("/api/v1/events/" + organizerA + "/attendees", eventsReader)
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*insufficient_scope.*");
        http.post().uri("/api/v1/events").header(HttpHeaders.AUTHORIZATION, eventsReader).exchange()
                .expectStatus().isForbidden();
        get("/api/v1/events/" + UUID.randomUUID(), eventsReader).expectStatus().isOk();
    }

    @Test
    void endpointsNoScopeOpensAreClosedToClients() {
        get("/me", clientOf(organizerA, "events:read", "events:write", "bookings:read", "attendees:read",
                "check-in:write", "webhooks:manage"))
                .expectStatus().isForbidden();
    }

    @Test
    void pathsClosedToClientsStayClosedWhateverBroaderScopeCoversThem() {
        http.post().uri("/api/v1/events/" + UUID.randomUUID() + "/waitlist")
                .header(HttpHeaders.AUTHORIZATION, clientOf(organizerA, "events:write"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void writeScopeOpensTheOrganizerEndpointAsTheOrganizer() {
        http.post().uri("/api/v1/events").header(HttpHeaders.AUTHORIZATION, clientOf(organizerA, "events:write"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.organizerId").isEqualTo(organizerA.toString());
    }

    @Test
    void readingTheCatalogueAloneGrantsNoOrganizerRole() {
        http.post().uri("/api/v1/events").header(HttpHeaders.AUTHORIZATION, clientOf(organizerA, "events:read"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void clientNeverHoldsTheRolesItsTokenClaims() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        String token = "Bearer " + idp.sign(clientClaims(organizerA, "attendees:read")
                .claim("roles", List.of("USER", "ADMIN")).build());

        get("/api/v1/admin/probe", token).expectStatus().isForbidden();
        get("/api/v1/events/" + organizerB + "/attendees", token)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.organizesIt").isEqualTo(false);
    }

    @Test
    void clientTokenWithoutOrganizerIsRefused() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        String token = "Bearer " + idp.sign(clientClaims(organizerA, "attendees:read").claim("org", null).build());

        get("/api/v1/events/" + organizerA + "/attendees", token).expectStatus().isUnauthorized();
    }

    @Test
    void serviceDeclaresScopesOfItsOwnEndpoints() {
        get("/api/v1/partner-reports", clientOf(organizerA, ClientScopeProbe.PARTNER_REPORTS_SCOPE))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.scopes").isEqualTo(List.of(ClientScopeProbe.PARTNER_REPORTS_SCOPE));
        get("/api/v1/partner-reports", clientOf(organizerA, "events:read")).expectStatus().isForbidden();
    }

    @Test
    void usersTokensAreNotLimitedByScopes() {
        TestUser organizer = new TestUser(organizerA, "ana@example.com", "Ana", List.of("USER", "ORGANIZER"));

        get("/api/v1/events/" + organizerA + "/attendees", organizer.bearer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.client").isEqualTo(false)
                .jsonPath("$.organizesIt").isEqualTo(true);
        get("/me", organizer.bearer()).expectStatus().isOk()
                .expectBody().jsonPath("$.scopes.length()").isEqualTo(0);
        get("/api/v1/partner-reports", organizer.bearer()).expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec get(String path, String bearer) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private static String clientOf(UUID organizer, String... scopes) {
        return "Bearer " + TestIdentityProvider.get().sign(clientClaims(organizer, scopes).build());
    }

    /** Shaped like identity-service's client-credentials tokens. */
    private static JWTClaimsSet.Builder clientClaims(UUID organizer, String... scopes) {
        String clientId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.ISSUER)
                .audience(TestIdentityProvider.AUDIENCE)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("org", organizer.toString())
                .claim("scope", String.join(" ", scopes))
                .claim("name", "Partner CRM")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }
}
