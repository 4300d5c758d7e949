package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.testsupport.TestUser;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class DownstreamFailureTest {

    @Autowired
    WebTestClient gateway;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void answersServiceUnavailableProblemWhenTheServiceIsNotListening() {
        expectServiceUnavailable();
    }

    @Test
    void stopsCallingAServiceThatKeepsFailing() {
        for (int call = 0; call < 10; call++) {
            expectServiceUnavailable();
        }
        CircuitBreaker notification = circuitBreakers.circuitBreaker("notification");
        assertThat(notification.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        expectServiceUnavailable();

        assertThat(notification.getMetrics().getNumberOfNotPermittedCalls()).isPositive();
    }

    @Test
    void answersGatewayTimeoutProblemWhenTheServiceAnswersTooLate() {
        gateway.get().uri("/api/v1/analytics/reports/slow")
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.GATEWAY_TIMEOUT).type().toString())
                .jsonPath("$.status").isEqualTo(504);
    }

    private void expectServiceUnavailable() {
        gateway.get().uri("/api/v1/notifications")
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.SERVICE_UNAVAILABLE).type().toString())
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The service behind this path is unavailable; try again later.");
    }
}
