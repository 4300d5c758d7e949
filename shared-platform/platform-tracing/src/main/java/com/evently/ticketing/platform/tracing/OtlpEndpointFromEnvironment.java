package com.evently.ticketing.platform.tracing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Lets the OpenTelemetry SDK's standard variables name the collector: {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}
 * (the full URL) or {@code OTEL_EXPORTER_OTLP_ENDPOINT} (the base URL, to which {@code /v1/traces} is appended,
 * as the OTLP/HTTP specification says). Boot creates its OTLP span exporter only when
 * {@value #ENDPOINT_PROPERTY} is set, and would take even an empty value for set: so a blank variable, as a
 * Kubernetes ConfigMap may hold, sets nothing, and without a collector nothing tries to connect anywhere.
 * The Boot property itself, when configured, wins over both variables.
 */
public class OtlpEndpointFromEnvironment implements EnvironmentPostProcessor {

    static final String ENDPOINT_PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";
    static final String TRACES_ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    static final String BASE_ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_ENDPOINT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ENDPOINT_PROPERTY)) {
            return;
        }
        String traces = environment.getProperty(TRACES_ENDPOINT_VARIABLE, "").trim();
        String base = environment.getProperty(BASE_ENDPOINT_VARIABLE, "").trim();
        String endpoint = !traces.isEmpty() ? traces
                : !base.isEmpty() ? base.replaceAll("/+$", "") + "/v1/traces"
                : null;
        if (endpoint != null) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("otlpEndpointFromEnvironment", Map.of(ENDPOINT_PROPERTY, endpoint)));
        }
    }
}
