package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class SecurityHeadersTest {

    @Autowired
    WebTestClient gateway;

    @LocalServerPort
    int port;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void protectsAServicesAnswer() {
        HttpHeaders headers = gateway.get().uri("/api/v1/tickets")
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();

        expectProtective(headers);
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void protectsTheGatewaysOwnRefusals() {
        HttpHeaders unauthorized = gateway.get().uri("/api/v1/bookings").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders();
        HttpHeaders notFound = gateway.get().uri("/api/v1/nothing-here").header("Authorization", bearer).exchange()
                .expectStatus().isNotFound()
                .returnResult(String.class).getResponseHeaders();
        HttpHeaders malformedPath = gateway.get().uri(URI.create("http://127.0.0.1:" + port + "/api/v1/events/../internal/x"))
                .exchange()
                .expectStatus().isBadRequest()
                .returnResult(String.class).getResponseHeaders();

        expectProtective(unauthorized);
        expectProtective(notFound);
        expectProtective(malformedPath);
    }

    @Test
    void keepsAServicesOwnCachingButNotALaxerFramingPolicy() {
        HttpHeaders headers = gateway.get().uri("/api/v1/tickets/own-headers")
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();

        assertThat(headers.get("Cache-Control")).containsExactly(FakeService.OWN_CACHE_CONTROL);
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void passesRevalidationThroughAndKeepsAPublicAnswersCaching() {
        String availability = "/api/v1/events/" + UUID.randomUUID() + "/availability";
        HttpHeaders fresh = gateway.get().uri(availability).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();
        HttpHeaders notModified = gateway.get().uri(availability)
                .header(HttpHeaders.IF_NONE_MATCH, FakeService.CACHEABLE_ETAG)
                .exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty()
                .getResponseHeaders();

        assertThat(fresh.getETag()).isEqualTo(FakeService.CACHEABLE_ETAG);
        assertThat(fresh.get("Cache-Control")).containsExactly(FakeService.PUBLIC_CACHE_CONTROL);
        assertThat(notModified.getETag()).isEqualTo(FakeService.CACHEABLE_ETAG);
        assertThat(notModified.get("Cache-Control")).containsExactly(FakeService.PUBLIC_CACHE_CONTROL);
        expectProtective(notModified);
    }

    @Test
    void leavesCachingOfPublicKeysToIdentity() {
        HttpHeaders headers = gateway.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();

        expectProtective(headers);
        assertThat(headers.getCacheControl()).isNull();
    }

    private static void expectProtective(HttpHeaders headers) {
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.getFirst("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(headers.get("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
    }
}
