package com.evently.ticketing.platform.tracing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static com.evently.ticketing.platform.tracing.OtlpEndpointFromEnvironment.ENDPOINT_PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;

class OtlpEndpointFromEnvironmentTest {

    @Test
    void noCollectorNoEndpointEvenForABlankVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "  ");

        new OtlpEndpointFromEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.containsProperty(ENDPOINT_PROPERTY)).isFalse();
    }

    @Test
    void theBaseEndpointGetsTheTracesPathOfOtlpOverHttp() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector.observability:4318/");

        new OtlpEndpointFromEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(ENDPOINT_PROPERTY)).isEqualTo("http://collector.observability:4318/v1/traces");
    }

    @Test
    void theTracesEndpointIsTakenAsItIs() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                .withProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://tempo:4318/v1/traces");

        new OtlpEndpointFromEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(ENDPOINT_PROPERTY)).isEqualTo("http://tempo:4318/v1/traces");
    }

    @Test
    void theBootPropertyWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(ENDPOINT_PROPERTY, "http://configured:4318/v1/traces")
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318");

        new OtlpEndpointFromEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(ENDPOINT_PROPERTY)).isEqualTo("http://configured:4318/v1/traces");
    }
}
