package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class CrossOriginTest {

    /** The default of TICKETING_CORS_ALLOWED_ORIGINS. */
    private static final String WEB_UI = "http://localhost:8080";

    @Autowired
    WebTestClient gateway;

    @Test
    void answersTheWebUisPreflightItselfWithoutAToken() {
        String requestId = UUID.randomUUID().toString();

        HttpHeaders headers = gateway.options().uri("/api/v1/bookings/{id}", UUID.randomUUID())
                .header("Origin", WEB_UI)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match,x-request-id")
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", WEB_UI)
                .returnResult(String.class).getResponseHeaders();

        assertThat(headers.getAccessControlAllowMethods()).extracting(Object::toString)
                .contains("GET", "POST", "PUT", "PATCH", "DELETE");
        assertThat(headers.getAccessControlAllowHeaders()).map(String::toLowerCase)
                .contains("authorization", "content-type", "idempotency-key", "if-match", "x-request-id");
        assertThat(headers.getAccessControlAllowCredentials()).isFalse();
        assertThat(GatewayTestEnvironment.BOOKING.receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void refusesAPreflightFromAnOriginNotListed() {
        gateway.options().uri("/api/v1/bookings")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void refusesAHeaderThePolicyDoesNotAllow() {
        gateway.options().uri("/api/v1/bookings")
                .header("Origin", WEB_UI)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-session-cookie")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void letsTheWebUiReadTheHeadersItNeeds() {
        HttpHeaders headers = gateway.get().uri("/api/v1/tickets")
                .header("Origin", WEB_UI)
                .header("Authorization", TestUser.attendee().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", WEB_UI)
                .returnResult(String.class).getResponseHeaders();

        assertThat(headers.getAccessControlExposeHeaders()).map(String::toLowerCase)
                .contains("etag", "location", "retry-after", "ratelimit", "x-request-id", "x-trace-id");
    }
}
