package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.accesslog.AccessLogFilter;
import com.evently.ticketing.gateway.problem.GatewayErrorHandler;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    WebTestClient gateway;

    @Test
    void logsTheRouteStatusCallerRequestIdAndTraceOfAForwardedRequest(CapturedOutput output) {
        TestUser user = TestUser.attendee();
        String requestId = UUID.randomUUID().toString();

        gateway.get().uri("/api/v1/bookings/{id}?secret=hunter2", UUID.randomUUID())
                .header("Authorization", user.bearer())
                .header("X-Request-Id", requestId)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        JsonNode line = accessLineWith(output, requestId);
        assertThat(line.path("method").asString()).isEqualTo("GET");
        assertThat(line.path("route").asString()).isEqualTo("booking");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.path("durationMs").isNumber()).isTrue();
        assertThat(line.path("userId").asString()).isEqualTo(user.id().toString());
        assertThat(line.path("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(line.toString()).doesNotContain("hunter2", "/api/v1/bookings/", "Bearer");
    }

    @Test
    void logsTheGatewaysOwnRefusals(CapturedOutput output) {
        String requestId = UUID.randomUUID().toString();

        gateway.get().uri("/api/v1/tickets").header("X-Request-Id", requestId).exchange()
                .expectStatus().isUnauthorized();

        JsonNode line = accessLineWith(output, requestId);
        assertThat(line.path("status").asInt()).isEqualTo(401);
        assertThat(line.has("userId")).isFalse();
        assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void theReportOfAFailedServiceNamesTheTraceAsTheAccessLineDoes(CapturedOutput output) {
        String requestId = UUID.randomUUID().toString();

        // notification is unreachable in these tests (GatewayTestEnvironment)
        gateway.get().uri("/api/v1/notifications")
                .header("Authorization", TestUser.attendee().bearer())
                .header("X-Request-Id", requestId)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isEqualTo(503);

        JsonNode report = lineWith(output, GatewayErrorHandler.class.getName(),
                line -> line.path("message").asString("").contains(requestId));
        assertThat(report.path("log").path("level").asString()).isEqualTo("WARN");
        assertThat(report.path("traceId").asString()).isEqualTo(TRACE_ID);
        JsonNode access = accessLineWith(output, requestId);
        assertThat(access.path("traceId").asString()).isEqualTo(TRACE_ID);
        // the gateway's own span, the same in both lines
        assertThat(access.path("spanId").asString()).matches("[0-9a-f]{16}")
                .isEqualTo(report.path("spanId").asString());
    }

    private static JsonNode accessLineWith(CapturedOutput output, String requestId) {
        return lineWith(output, AccessLogFilter.LOGGER, line -> requestId.equals(line.path("requestId").asString(null)));
    }

    private static JsonNode lineWith(CapturedOutput output, String logger, Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().lines()
                .filter(line -> line.startsWith("{"))
                .map(JSON::readTree)
                .filter(line -> logger.equals(line.path("log").path("logger").asString(null)))
                .filter(wanted)
                .findFirst().orElse(null), line -> line != null);
    }
}
