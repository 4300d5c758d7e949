package com.evently.ticketing.platform.observability;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import com.nimbusds.jwt.JWTClaimsSet;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    ApplicationContext context;

    @Test
    void logsOneLinePerRequestWithTheRouteTemplateTheCallerAndTheCallersTrace(CapturedOutput output) {
        TestUser user = TestUser.attendee();
        String traceId = randomHex(16);
        String requestId = UUID.randomUUID().toString();

        http.get().uri("/orders/7?secret=hunter2")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .header("X-Request-Id", requestId)
                .exchange().expectStatus().isOk();

        JsonNode line = accessLineWith(output, "requestId", requestId);
        assertThat(line.path("route").asString()).isEqualTo("/orders/{quantity}");
        assertThat(line.path("method").asString()).isEqualTo("GET");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.path("durationMs").isNumber()).isTrue();
        assertThat(line.path("userId").asString()).isEqualTo(user.id().toString());
        assertThat(line.path("traceId").asString()).as("the caller's trace").isEqualTo(traceId);
        assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.toString()).doesNotContain("hunter2", "/orders/7", "Bearer");
    }

    @Test
    void namesAnApiClientByItsClientIdEvenWhenItIsRefused(CapturedOutput output) {
        String clientId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();

        http.get().uri("/public/ping")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIdentityProvider.get().sign(clientToken(clientId)))
                .header("X-Request-Id", requestId)
                .exchange().expectStatus().isForbidden();

        JsonNode line = accessLineWith(output, "requestId", requestId);
        assertThat(line.path("status").asInt()).isEqualTo(403);
        assertThat(line.path("clientId").asString()).isEqualTo(clientId);
        assertThat(line.has("userId")).isFalse();
    }

    @Test
    void logsRefusalsWithoutTheirPathAndStartsATraceForACallerWithoutOne(CapturedOutput output) {
        String requestId = UUID.randomUUID().toString();

        http.get().uri("/me").header("X-Request-Id", requestId).exchange().expectStatus().isUnauthorized();

        JsonNode line = accessLineWith(output, "requestId", requestId);
        assertThat(line.path("status").asInt()).isEqualTo(401);
        assertThat(line.path("route").asString()).isEqualTo("UNMATCHED");
        assertThat(line.has("userId")).isFalse();
        assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void keepsARequestIdThatCouldInjectIntoLogsOutOfThem(CapturedOutput output) {
        String traceId = randomHex(16);

        http.get().uri("/public/ping")
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .header("X-Request-Id", "abc\"} {\"level\":\"ERROR")
                .exchange().expectStatus().isOk();

        JsonNode line = accessLineWith(output, "traceId", traceId);
        assertThat(line.has("requestId")).isFalse();
    }

    @Test
    void exportsNoSpansWithoutACollector() {
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
    }

    private static JsonNode accessLineWith(CapturedOutput output, String field, String value) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> accessLines(output).stream()
                .filter(line -> value.equals(line.path(field).asString(null)))
                .findFirst().orElse(null), line -> line != null);
    }

    private static List<JsonNode> accessLines(CapturedOutput output) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{"))
                .map(JSON::readTree)
                .filter(line -> AccessLogFilter.LOGGER.equals(line.path("log").path("logger").asString(null))
                        || AccessLogFilter.LOGGER.equals(line.path("log.logger").asString(null)))
                .toList();
    }

    private static JWTClaimsSet clientToken(String clientId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.ISSUER)
                .audience(TestIdentityProvider.AUDIENCE)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", "events:read")
                .claim("org", UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
