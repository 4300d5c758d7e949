package com.evently.ticketing.platform.tracing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The share of new traces recorded and exported, {@code TICKETING_TRACE_SAMPLING_PROBABILITY} (default 0.1), the
 * same in every service and the gateway; a caller's sampled flag is followed whatever it is. Added behind every other
 * property source, so an application's own setting wins. Trace and span ids exist, travel and are logged whether a
 * trace is sampled or not: the sampling decides only what is recorded.
 * <p>
 * Sampled traces also leave exemplars (their trace id) on the Prometheus scrape, here only where OpenMetrics 1.0
 * allows them: histogram buckets, which the latency panel's trace links read, and counters. Micrometer puts them on
 * every series, summaries' and timers' {@code _count} included, and a Prometheus older than 2.43 (Debian 12's is 2.42)
 * rejects such a line and with it the whole scrape (platform-core's {@code PrometheusExemplarsTest}, and
 * {@code LivePrometheusIT} for the gateway too).
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final String PROBABILITY_PROPERTY = "management.tracing.sampling.probability";
    static final String EXEMPLARS_ON_ALL_TYPES_PROPERTY =
            "management.prometheus.metrics.export.properties[io.prometheus.exporter.exemplarsOnAllMetricTypes]";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ticketingTracingDefaults",
                Map.of(PROBABILITY_PROPERTY, "${TICKETING_TRACE_SAMPLING_PROBABILITY:0.1}",
                        EXEMPLARS_ON_ALL_TYPES_PROPERTY, "false")));
    }
}
