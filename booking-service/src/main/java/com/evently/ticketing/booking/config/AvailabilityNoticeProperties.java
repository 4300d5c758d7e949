package com.evently.ticketing.booking.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How booking tells the catalog about seats left (AvailabilityChanged).
 *
 * @param enabled   whether this replica announces at all
 * @param interval  pause between two runs: the changes of a line within it collapse into one notice
 * @param batchSize lines announced per transaction
 */
@Validated
@ConfigurationProperties("ticketing.booking.availability-notices")
public record AvailabilityNoticeProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("1s") Duration interval,
        @Min(1) @Max(10_000) @DefaultValue("500") int batchSize) {
}
