package com.evently.ticketing.platform.time;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The one clock every service's use cases and the platform read "now" from, in UTC as everything is stored.
 * Defined here once so that a test can move time by declaring a {@link Clock} bean of its own.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
