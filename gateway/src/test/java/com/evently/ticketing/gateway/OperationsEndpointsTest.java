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

        // latency histograms make the scrape larger than the client's default 256 KB buffer
        WebTestClient scraper = gateway.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
        scraper.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> org.assertj.core.api.Assertions.assertThat(metrics)
                        .contains("spring_cloud_gateway_requests_seconds_count")
                        .contains("http_server_requests_seconds_bucket")
                        .contains("resilience4j_circuitbreaker_state"));
    }

    @Test
    void keepsOtherActuatorEndpointsHidden() {
        gateway.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        gateway.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
    }
}
