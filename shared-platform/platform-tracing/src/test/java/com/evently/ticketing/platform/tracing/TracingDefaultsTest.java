package com.evently.ticketing.platform.tracing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static com.evently.ticketing.platform.tracing.TracingDefaults.PROBABILITY_PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;

class TracingDefaultsTest {

    @Test
    void recordsOneTraceInTenUnlessTheVariableSaysOtherwise() {
        MockEnvironment environment = new MockEnvironment();

        new TracingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(PROBABILITY_PROPERTY, Double.class)).isEqualTo(0.1);
    }

    @Test
    void takesTheProbabilityFromTheVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("TICKETING_TRACE_SAMPLING_PROBABILITY", "1.0");

        new TracingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(PROBABILITY_PROPERTY, Double.class)).isEqualTo(1.0);
    }

    @Test
    void anApplicationsOwnSettingWins() {
        MockEnvironment environment = new MockEnvironment().withProperty(PROBABILITY_PROPERTY, "0.5");

        new TracingDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(PROBABILITY_PROPERTY, Double.class)).isEqualTo(0.5);
    }
}
