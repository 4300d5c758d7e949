package com.evently.ticketing.platform.time;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void everyServiceGetsOneSystemClockInUtc() {
        context.run(started -> {
            assertThat(started).hasSingleBean(Clock.class);
            assertThat(started.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
        });
    }

    @Test
    void aClockTheServiceOrItsTestsDefineReplacesIt() {
        Clock fixed = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        context.withBean("testClock", Clock.class, () -> fixed).run(started -> {
            assertThat(started).hasSingleBean(Clock.class);
            assertThat(started.getBean(Clock.class)).isSameAs(fixed);
        });
    }
}
