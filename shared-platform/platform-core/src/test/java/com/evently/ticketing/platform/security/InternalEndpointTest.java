package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * {@code /internal/**} is for services: an endpoint a service declares with an internal scope opens to a service
 * token holding that scope and to nothing else, and an internal endpoint no one declared is closed.
 */
@ServiceIntegrationTest
class InternalEndpointTest {

    private static final String PROBE = "/internal/v1/probe/" + UUID.randomUUID();

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    private final TestIdentityProvider identity = TestIdentityProvider.get();

    @Test
    void aServiceTokenWithTheEndpointsScopeOpensIt() {
        get(PROBE, identity.serviceToken(InternalEndpointProbe.PROBE_SCOPE))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.probe").isEqualTo("ok");
        get(PROBE, identity.serviceToken("internal:something-else", InternalEndpointProbe.PROBE_SCOPE))
                .expectStatus().isOk();
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        http.get().uri(PROBE).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "unauthorized");
    }

    @Test
    void aServiceTokenOfAnotherScopeIsForbidden() {
        refused(get(PROBE, identity.serviceToken("internal:something-else")));
    }

    @Test
    void aUsersTokenIsForbiddenWhateverItsRoles() {
        refused(http.get().uri(PROBE).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange());
    }

    @Test
    void aPartnersClientTokenIsForbiddenEvenClaimingTheInternalScope() {
        Instant now = Instant.now();
        String partner = identity.sign(identity.serviceTokenClaims(UUID.randomUUID().toString(),
                        List.of("events:read", "attendees:read"), now, now.plusSeconds(300))
                .claim("org", UUID.randomUUID().toString()).build());
        String partnerWithInternalScope = identity.sign(identity.serviceTokenClaims(UUID.randomUUID().toString(),
                        List.of(InternalEndpointProbe.PROBE_SCOPE), now, now.plusSeconds(300))
                .claim("org", UUID.randomUUID().toString()).build());

        refused(get(PROBE, partner));
        refused(get(PROBE, partnerWithInternalScope));
    }

    @Test
    void aClientTokenWithoutOrganizerMixingPublicScopesIsNeitherAPartnersNorAServicesAndInvalid() {
        get(PROBE, identity.serviceToken(InternalEndpointProbe.PROBE_SCOPE, "events:read"))
                .expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredServiceTokenIsUnauthorized() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = identity.sign(identity.serviceTokenClaims(TestIdentityProvider.SERVICE_CLIENT_ID,
                List.of(InternalEndpointProbe.PROBE_SCOPE), past, past.plus(Duration.ofMinutes(5))).build());

        get(PROBE, expired).expectStatus().isUnauthorized();
    }

    @Test
    void anInternalEndpointNoServiceDeclaredIsClosedToEveryToken() {
        refused(get("/internal/v1/undeclared", identity.serviceToken(InternalEndpointProbe.PROBE_SCOPE)));
        http.get().uri("/internal/v1/undeclared").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%69nternal/v1/probe/", "/internal/%761/probe/", "/%69%6e%74%65%72%6e%61%6c/v1/probe/"})
    void theRuleHoldsHoweverThePathIsSpelt(String spelling) {
        // an absolute URI, so that the client sends the path exactly as written
        URI encoded = URI.create("http://127.0.0.1:" + port + spelling + UUID.randomUUID());

        http.get().uri(encoded).exchange().expectStatus().isUnauthorized();
        refused(http.get().uri(encoded).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange());
        refused(http.get().uri(encoded)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + identity.serviceToken("internal:something-else"))
                .exchange());
        http.get().uri(encoded)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + identity.serviceToken(InternalEndpointProbe.PROBE_SCOPE))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aServiceTokenOpensNothingOfThePublicApi() {
        String service = identity.serviceToken(InternalEndpointProbe.PROBE_SCOPE);

        get("/me", service).expectStatus().isForbidden();
        get("/public/ping", service).expectStatus().isForbidden();
        get("/api/v1/events/" + UUID.randomUUID(), service).expectStatus().isForbidden();
        get("/api/v1/admin/probe", service).expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec get(String path, String token) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static void refused(RestTestClient.ResponseSpec response) {
        response.expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*insufficient_scope.*")
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "forbidden")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("service tokens"));
    }
}
