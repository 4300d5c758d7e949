package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class TraceContextTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String CALLERS_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_SPAN_ID = "00f067aa0ba902b7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient gateway;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void startsATraceForARequestWithoutOneAndReturnsItsId() {
        EntityExchangeResult<byte[]> result = call(null, null);

        Matcher forwarded = forwardedTraceparent(result);
        assertThat(forwarded.group(3)).as("sampled, as the tests' probability of 1 says").isEqualTo("01");
        assertThat(result.getResponseHeaders().getFirst("X-Trace-Id")).isEqualTo(forwarded.group(1));
    }

    @Test
    void startsUnsampledTracesWhenTheProbabilityIsZeroAndStillPassesTheirIds() {
        try (GatewayInstance unsampled = GatewayInstance.start("management.tracing.sampling.probability=0")) {
            EntityExchangeResult<byte[]> result = unsampled.client().get().uri("/api/v1/tickets")
                    .header("Authorization", bearer)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult();

            Matcher forwarded = forwardedTraceparent(result);
            assertThat(forwarded.group(3)).isEqualTo("00");
            assertThat(result.getResponseHeaders().getFirst("X-Trace-Id")).isEqualTo(forwarded.group(1));
        }
    }

    @Test
    void sendsTheSpansOfSampledRequestsToTheCollectorNamedByTheOtelVariable() throws Exception {
        try (FakeCollector collector = FakeCollector.start();
             GatewayInstance exporting = GatewayInstance.start("OTEL_EXPORTER_OTLP_ENDPOINT=" + collector.baseUri())) {
            EntityExchangeResult<byte[]> result = exporting.client().get().uri("/api/v1/tickets")
                    .header("Authorization", bearer)
                    .header("traceparent", "00-" + CALLERS_TRACE_ID + "-" + CALLERS_SPAN_ID + "-01")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult();

            assertThat(forwardedTraceparent(result).group(1)).isEqualTo(CALLERS_TRACE_ID);
            // OTLP/HTTP protobuf carries the trace id as its 16 raw bytes
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> collector.received(HexFormat.of().parseHex(CALLERS_TRACE_ID)));
        }
    }

    @Test
    void continuesTheCallersTraceUnderASpanOfItsOwn() {
        EntityExchangeResult<byte[]> result = call("00-" + CALLERS_TRACE_ID + "-" + CALLERS_SPAN_ID + "-00", "vendor=opaque");

        Matcher forwarded = forwardedTraceparent(result);
        assertThat(forwarded.group(1)).isEqualTo(CALLERS_TRACE_ID);
        assertThat(forwarded.group(2)).isNotEqualTo(CALLERS_SPAN_ID);
        assertThat(forwarded.group(3)).as("the caller's sampling decision").isEqualTo("00");
        assertThat(received(result).path("tracestate").asString()).isEqualTo("vendor=opaque");
        assertThat(result.getResponseHeaders().getFirst("X-Trace-Id")).isEqualTo(CALLERS_TRACE_ID);
    }

    @Test
    void startsANewTraceInsteadOfAMalformedOne() {
        EntityExchangeResult<byte[]> result = call("00-" + "0".repeat(32) + "-" + CALLERS_SPAN_ID + "-01", "vendor=opaque");

        Matcher forwarded = forwardedTraceparent(result);
        assertThat(forwarded.group(1)).isNotEqualTo("0".repeat(32));
        assertThat(received(result).path("tracestate").isNull()).isTrue();
    }

    @Test
    void returnsATraceIdWithTheGatewaysOwnRefusals() {
        gateway.get().uri("/api/v1/tickets").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}");
    }

    private EntityExchangeResult<byte[]> call(String traceparent, String tracestate) {
        return gateway.get().uri("/api/v1/tickets")
                .header("Authorization", bearer)
                .headers(headers -> {
                    if (traceparent != null) {
                        headers.set("traceparent", traceparent);
                        headers.set("tracestate", tracestate);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
    }

    private static Matcher forwardedTraceparent(EntityExchangeResult<byte[]> result) {
        Matcher matcher = TRACEPARENT.matcher(received(result).path("traceparent").asString());
        assertThat(matcher.matches()).as("a W3C traceparent reached the service").isTrue();
        return matcher;
    }

    private static JsonNode received(EntityExchangeResult<byte[]> result) {
        return JSON.readTree(result.getResponseBody());
    }
}
