package com.evently.ticketing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@GatewayTest
class OperationsEndpointsTest {

    @Autowired
    WebTestClient gateway;

    @Test
    void reportsLivenessAndReadinessWithoutToken() {
        gateway.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        gateway.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsIncludingGatewayRequests() {
        gateway.get().uri("/api/v1/events").exchange().expectStatus().isOk();

        gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> org.assertj.core.api.Assertions.assertThat(metrics)
                        .contains("spring_cloud_gateway_requests_seconds_count")
                        .contains("resilience4j_circuitbreaker_state"));
    }

    @Test
    void keepsOtherActuatorEndpointsHidden() {
        gateway.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        gateway.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
    }
}
