package com.evently.ticketing.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param pollInterval   how often the relay looks for rows even without a commit signal (the safety net)
 * @param batchSize      rows published per relay transaction
 * @param sendTimeout    how long the relay waits for the broker's acknowledgements of a batch; it bounds how long
 *                       the relay's transaction (its lock and its database connection) stays open
 * @param retention      how long published rows are kept before the platform's RetentionPurge deletes them
 * @param maxAttempts    failed attempts after which a row Kafka refuses for a reason of its own (too large, invalid)
 *                       is parked; a broker that is unreachable or refuses every row parks nothing
 */
@Validated
@ConfigurationProperties("ticketing.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(5000) @DefaultValue("200") int batchSize,
        @NotNull @DefaultValue("10s") Duration sendTimeout,
        @NotNull @DefaultValue("7d") Duration retention,
        @Min(1) @Max(1000) @DefaultValue("10") int maxAttempts) {
}
