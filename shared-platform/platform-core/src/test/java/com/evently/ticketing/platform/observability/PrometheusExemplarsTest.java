package com.evently.ticketing.platform.observability;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scrape as a Prometheus older than 2.43 reads it: exemplars only on histogram buckets and counters, the only
 * series OpenMetrics 1.0 gives them. An exemplar on a summary's {@code _count} makes such a Prometheus drop the
 * service's whole scrape; one on a histogram bucket is what the latency panel's trace links are made of.
 */
@ServiceIntegrationTest
class PrometheusExemplarsTest {

    /** What Prometheus 2.42 sends: OpenMetrics first, the only format that carries exemplars at all. */
    private static final String PROMETHEUS_2_42_ACCEPT = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    private static final String EXEMPLAR = " # {";

    @Autowired
    MeterRegistry meters;
    @Autowired
    Tracer tracer;
    @Autowired
    RestTestClient http;

    @Test
    void exemplarsGoOnlyOnHistogramBucketsAndCountersNeverOnASummarysCount() {
        // a Timer without a histogram is exported as a summary, like HikariCP's connection timers
        Timer summary = Timer.builder("exemplar.probe.summary").register(meters);
        Timer histogram = Timer.builder("exemplar.probe.histogram").publishPercentileHistogram().register(meters);
        Counter counter = Counter.builder("exemplar.probe.calls").register(meters);
        String traceId = randomHex(16);

        Span span = tracer.spanBuilder().setParent(sampledParent(traceId)).name("exemplar probe").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            summary.record(Duration.ofMillis(20));
            histogram.record(Duration.ofMillis(20));
            counter.increment();
        } finally {
            span.end();
        }

        String scraped = http.get().uri("/actuator/prometheus").header(HttpHeaders.ACCEPT, PROMETHEUS_2_42_ACCEPT)
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).startsWith("application/openmetrics-text"))
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> samples = scraped.lines().filter(line -> !line.startsWith("#")).toList();
        Map<String, String> familyTypes = familyTypes(scraped);

        assertThat(samples).as("the probes were recorded within the sampled span")
                .anySatisfy(line -> assertThat(line).startsWith("exemplar_probe_histogram_seconds_bucket{")
                        .contains(EXEMPLAR).contains("trace_id=\"" + traceId + "\""))
                .anySatisfy(line -> assertThat(line).startsWith("exemplar_probe_calls_total{")
                        .contains("trace_id=\"" + traceId + "\""))
                .anySatisfy(line -> assertThat(line).startsWith("exemplar_probe_summary_seconds_count{"));
        assertThat(familyTypes).containsEntry("exemplar_probe_summary_seconds", "summary");
        assertThat(samples.stream().filter(line -> line.contains(EXEMPLAR)))
                .as("series carrying an exemplar").isNotEmpty()
                .allSatisfy(line -> assertThat(exemplarAllowedByOpenMetrics1(line, familyTypes))
                        .as("OpenMetrics 1.0 allows an exemplar on %s", line).isTrue());
    }

    private static boolean exemplarAllowedByOpenMetrics1(String sample, Map<String, String> familyTypes) {
        String name = sample.split("[{ ]", 2)[0];
        return name.endsWith("_bucket") && "histogram".equals(familyTypes.get(withoutSuffix(name, "_bucket")))
                || name.endsWith("_total") && "counter".equals(familyTypes.get(withoutSuffix(name, "_total")));
    }

    private static String withoutSuffix(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    /** {@code # TYPE <family> <type>} lines: the family name without the sample suffixes. */
    private static Map<String, String> familyTypes(String scraped) {
        Map<String, String> types = new HashMap<>();
        scraped.lines().filter(line -> line.startsWith("# TYPE ")).map(line -> line.split(" "))
                .forEach(parts -> types.put(parts[2], parts[3]));
        return types;
    }

    /** A caller's sampled trace, which the platform's parent-based sampler follows whatever its probability. */
    private TraceContext sampledParent(String traceId) {
        return tracer.traceContextBuilder().traceId(traceId).spanId(randomHex(8)).sampled(true).build();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
