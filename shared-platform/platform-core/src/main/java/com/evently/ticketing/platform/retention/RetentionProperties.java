package com.evently.ticketing.platform.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param interval  how often the purge runs
 * @param batchSize rows deleted per statement
 */
@Validated
@ConfigurationProperties("ticketing.retention")
public record RetentionProperties(
        @NotNull @DefaultValue("1h") Duration interval,
        @Min(1) @Max(100_000) @DefaultValue("1000") int batchSize) {
}
