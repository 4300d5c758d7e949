package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refreshing a session has a limit of its own, counted per refresh token: an office of many people behind one
 * address refreshes as often as its people need, while one token replayed in a loop is cut off. The body reaches
 * identity unchanged.
 */
class RefreshRateLimitTest {

    static final int SIGN_INS_PER_MINUTE = 3;
    static final int REFRESHES_PER_TOKEN_PER_MINUTE = 2;

    private static GatewayInstance gateway;

    @BeforeAll
    static void startGateway() {
        gateway = GatewayInstance.start(
                "ticketing.gateway.rate-limit.auth.requests=" + SIGN_INS_PER_MINUTE,
                "ticketing.gateway.rate-limit.auth.burst=" + SIGN_INS_PER_MINUTE,
                "ticketing.gateway.rate-limit.refresh.requests=" + REFRESHES_PER_TOKEN_PER_MINUTE,
                "ticketing.gateway.rate-limit.refresh.burst=" + REFRESHES_PER_TOKEN_PER_MINUTE);
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @Test
    void refreshesOfManyTokensFromOneAddressAreNotCountedAsSignIns() {
        for (int colleague = 0; colleague < SIGN_INS_PER_MINUTE * 4; colleague++) {
            String requestId = UUID.randomUUID().toString();

            refresh(requestId, "{\"refreshToken\":\"" + UUID.randomUUID() + "\"}")
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Policy", "\"refresh\";q=2;w=60")
                    .expectBody().jsonPath("$.service").isEqualTo("identity");
        }
    }

    @Test
    void oneTokenRefreshedBeyondItsLimitIsRefused() {
        String body = "{\"refreshToken\":\"" + UUID.randomUUID() + "\"}";
        for (int refresh = 0; refresh < REFRESHES_PER_TOKEN_PER_MINUTE; refresh++) {
            String requestId = UUID.randomUUID().toString();
            refresh(requestId, body).expectStatus().isOk()
                    .expectBody().jsonPath("$.bodyLength").isEqualTo(body.length());
            assertThat(GatewayTestEnvironment.IDENTITY.receivedWithRequestId(requestId)).hasSize(1);
        }
        String refusedId = UUID.randomUUID().toString();

        refresh(refusedId, body)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().valueMatches("RateLimit", "\"refresh\";r=0;t=\\d+")
                .expectBody().jsonPath("$.type").isEqualTo(GatewayProblem.RATE_LIMITED.type().toString());

        assertThat(GatewayTestEnvironment.IDENTITY.receivedWithRequestId(refusedId)).isEmpty();
        // another token of the same address is not held back
        refresh(UUID.randomUUID().toString(), "{\"refreshToken\":\"" + UUID.randomUUID() + "\"}")
                .expectStatus().isOk();
    }

    @Test
    void aRefreshNamingNoTokenIsCountedAsASignInOfItsAddress() {
        refresh(UUID.randomUUID().toString(), "{\"refreshToken\": 42}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Policy", "\"auth\";q=3;w=60");
        refresh(UUID.randomUUID().toString(), "not json")
                .expectHeader().valueEquals("RateLimit-Policy", "\"auth\";q=3;w=60");
    }

    @Test
    void theWebUisCookieTravelsBothWaysAndItsRefreshesAreCountedPerCookieToken() {
        String token = UUID.randomUUID().toString();
        for (int refresh = 0; refresh < REFRESHES_PER_TOKEN_PER_MINUTE; refresh++) {
            String requestId = UUID.randomUUID().toString();
            cookieRefresh(requestId, token)
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Policy", "\"refresh\";q=2;w=60")
                    .expectHeader().valueEquals(HttpHeaders.SET_COOKIE, FakeService.SESSION_COOKIE);
            assertThat(GatewayTestEnvironment.IDENTITY.receivedWithRequestId(requestId)).singleElement()
                    .satisfies(received -> assertThat(received.get("cookie")).isEqualTo("__Secure-refresh-token=" + token));
        }

        cookieRefresh(UUID.randomUUID().toString(), token).expectStatus().isEqualTo(429);
        cookieRefresh(UUID.randomUUID().toString(), UUID.randomUUID().toString()).expectStatus().isOk();
    }

    @Test
    void aCookieRefreshWithoutTheCookieIsCountedAsASignInOfItsAddress() {
        gateway.client().post().uri("/api/v1/auth/refresh")
                .header("X-Session-Cookie", "1")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Policy", "\"auth\";q=3;w=60");
    }

    private static WebTestClient.ResponseSpec cookieRefresh(String requestId, String token) {
        return gateway.client().post().uri("/api/v1/auth/refresh")
                .header("X-Request-Id", requestId)
                .header("X-Session-Cookie", "1")
                .cookie("__Secure-refresh-token", token)
                .exchange();
    }

    private static WebTestClient.ResponseSpec refresh(String requestId, String body) {
        return gateway.client().post().uri("/api/v1/auth/refresh")
                .header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
