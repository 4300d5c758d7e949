package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits through a whole gateway counting in its own memory ({@link SharedRateLimitTest}: two sharing Redis).
 * The gateway is started once for the class; every test uses callers
 * of its own, except that all of them call from 127.0.0.1, so only one test spends the address's sign-in quota.
 */
class RateLimitTest {

    static final int SIGN_INS_PER_MINUTE = 3;
    static final int BOOKING_CHANGES_PER_MINUTE = 2;
    static final int API_CLIENT_CALLS_PER_MINUTE = 3;

    private static GatewayInstance inMemory;

    @BeforeAll
    static void startGatewayCountingInMemory() {
        inMemory = GatewayInstance.start(limits());
    }

    @AfterAll
    static void stopGateway() {
        inMemory.close();
    }

    @Test
    void refusesSignInsBeyondTheAddresssLimitWhateverAddressTheCallerClaims() {
        WebTestClient gateway = inMemory.client();
        for (int signIn = 1; signIn <= SIGN_INS_PER_MINUTE; signIn++) {
            signIn(gateway, UUID.randomUUID().toString(), "203.0.113." + signIn)
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Policy", "\"auth\";q=3;w=60")
                    .expectHeader().valueMatches("RateLimit", "\"auth\";r=" + (SIGN_INS_PER_MINUTE - signIn) + ";t=\\d+");
        }
        String refusedId = UUID.randomUUID().toString();

        HttpHeaders refused = signIn(gateway, refusedId, "198.51.100.77")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("RateLimit", "\"auth\";r=0;t=\\d+")
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.RATE_LIMITED.type().toString())
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.requestId").isEqualTo(refusedId)
                .returnResult().getResponseHeaders();

        // Three per minute come back one every 20 s.
        assertThat(Long.parseLong(refused.getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 20L);
        assertThat(GatewayTestEnvironment.IDENTITY.receivedWithRequestId(refusedId)).isEmpty();
    }

    @Test
    void limitsBookingChangesPerUserWithoutTouchingOtherUsers() {
        WebTestClient gateway = inMemory.client();
        String eager = TestUser.attendee().bearer();
        for (int change = 0; change < BOOKING_CHANGES_PER_MINUTE; change++) {
            book(gateway, eager).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Policy", "\"booking-writes\";q=2;w=60");
        }

        book(gateway, eager)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo(GatewayProblem.RATE_LIMITED.type().toString());
        book(gateway, TestUser.attendee().bearer()).expectStatus().isOk();
    }

    @Test
    void limitsEachApiClientOnItsOwnQuota() {
        WebTestClient gateway = inMemory.client();
        String integration = clientToken(UUID.randomUUID());
        for (int call = 0; call < API_CLIENT_CALLS_PER_MINUTE; call++) {
            gateway.get().uri("/api/v1/events/" + UUID.randomUUID() + "/attendees").header("Authorization", integration)
                    .exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Policy", "\"api-clients\";q=3;w=60");
        }

        gateway.get().uri("/api/v1/events/" + UUID.randomUUID() + "/attendees").header("Authorization", integration)
                .exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        gateway.get().uri("/api/v1/events/" + UUID.randomUUID() + "/attendees")
                .header("Authorization", clientToken(UUID.randomUUID()))
                .exchange().expectStatus().isOk();
        // a user's reads are not counted at all
        gateway.get().uri("/api/v1/events/" + UUID.randomUUID() + "/attendees")
                .header("Authorization", TestUser.organizer().bearer())
                .exchange().expectStatus().isOk().expectHeader().doesNotExist("RateLimit");
    }

    /** Shaped like identity's client-credentials tokens: the client in sub and client_id, no roles. */
    private static String clientToken(UUID clientId) {
        TestIdentityProvider idp = TestIdentityProvider.get();
        Instant now = Instant.now();
        return "Bearer " + idp.sign(new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.ISSUER)
                .audience(TestIdentityProvider.AUDIENCE)
                .subject(clientId.toString())
                .claim("client_id", clientId.toString())
                .claim("org", UUID.randomUUID().toString())
                .claim("scope", "attendees:read")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build());
    }

    @Test
    void doesNotCountReadingBookings() {
        WebTestClient gateway = inMemory.client();
        String reader = TestUser.attendee().bearer();

        for (int read = 0; read <= BOOKING_CHANGES_PER_MINUTE; read++) {
            gateway.get().uri("/api/v1/bookings").header("Authorization", reader).exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist("RateLimit");
        }
    }

    static WebTestClient.ResponseSpec signIn(WebTestClient gateway, String requestId, String claimedAddress) {
        return gateway.post().uri("/api/v1/auth/login")
                .header("X-Request-Id", requestId)
                .headers(headers -> {
                    if (claimedAddress != null) {
                        headers.set("X-Forwarded-For", claimedAddress);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"ana@example.com\",\"password\":\"not-her-password\"}")
                .exchange();
    }

    static WebTestClient.ResponseSpec book(WebTestClient gateway, String bearer) {
        return gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    static String[] limits() {
        return new String[] {
                "ticketing.gateway.rate-limit.auth.requests=" + SIGN_INS_PER_MINUTE,
                "ticketing.gateway.rate-limit.auth.burst=" + SIGN_INS_PER_MINUTE,
                "ticketing.gateway.rate-limit.booking-writes.requests=" + BOOKING_CHANGES_PER_MINUTE,
                "ticketing.gateway.rate-limit.booking-writes.burst=" + BOOKING_CHANGES_PER_MINUTE,
                "ticketing.gateway.rate-limit.api-clients.requests=" + API_CLIENT_CALLS_PER_MINUTE,
                "ticketing.gateway.rate-limit.api-clients.burst=" + API_CLIENT_CALLS_PER_MINUTE};
    }
}
