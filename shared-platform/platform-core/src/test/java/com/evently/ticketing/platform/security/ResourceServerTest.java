package com.evently.ticketing.platform.security;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;


@ServiceIntegrationTest
class ResourceServerTest {

    @Autowired
    RestTestClient http;

    @Test
    void requestWithoutTokenIsRefusedWithProblemJson() {
        http.get().uri("/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectBody().jsonPath("$.type").isEqualTo(com.evently.ticketing.platform.web.Problems.TYPE_BASE + "unauthorized")
                .jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void validTokenResolvesTheCaller() {
        TestUser ana = TestUser.organizer();
        http.get().uri("/me").header(HttpHeaders.AUTHORIZATION, ana.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(ana.id().toString())
                .jsonPath("$.email").isEqualTo(ana.email())
                .jsonPath("$.roles.length()").isEqualTo(2);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        TestUser ana = TestUser.attendee();
        String token = idp.sign(idp.claimsFor(ana, Instant.now(), Instant.now().plusSeconds(600)).audience("other-api").build());
        http.get().uri("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void expiredTokenBeyondTheClockSkewIsRefused() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        TestUser ana = TestUser.attendee();
        Instant past = Instant.now().minusSeconds(3600);
        String token = idp.sign(idp.claimsFor(ana, past, past.plusSeconds(900)).build());
        http.get().uri("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void tokenWithoutExpiryIsRefused() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        TestUser ana = TestUser.attendee();
        String token = idp.sign(idp.claimsFor(ana, Instant.now(), Instant.now().plusSeconds(600))
                .expirationTime(null).build());
        http.get().uri("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void declaredPublicEndpointNeedsNoTokenButRecognisesOne() {
        http.get().uri("/public/ping").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.pong").isEqualTo("anonymous");
        TestUser ana = TestUser.attendee();
        http.get().uri("/public/ping").header(HttpHeaders.AUTHORIZATION, ana.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.pong").isEqualTo(ana.email());
    }

    @Test
    void healthIsPublic() {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("ticketing_outbox_pending"));
    }
}
