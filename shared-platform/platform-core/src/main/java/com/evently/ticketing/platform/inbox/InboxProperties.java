package com.evently.ticketing.platform.inbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param retention      how long a processed event id is remembered. A redelivery or a redrive of an event older
 *                       than this is processed again, so it must exceed the topics' and dead-letter topics'
 *                       retention (Kafka's default is 7 days) plus the time an admin may take to redrive
 *                       (purged by the platform's RetentionPurge, {@code ticketing.retention.*})
 * @param retry          how a consumer retries a failed record (see {@link ConsumerFailure})
 */
@Validated
@ConfigurationProperties("ticketing.inbox")
public record InboxProperties(
        @NotNull @DefaultValue("30d") Duration retention,
        @Valid @NotNull @DefaultValue Retry retry) {

    /**
     * @param initialInterval            the first pause after a failure; it doubles on every further failure
     * @param maxInterval                the longest pause between two attempts at an infrastructure failure
     * @param unexpectedFailureAttempts  attempts in all at a record failing for an unexpected reason before it is
     *                                   dead-lettered
     */
    public record Retry(
            @NotNull @DefaultValue("500ms") Duration initialInterval,
            @NotNull @DefaultValue("30s") Duration maxInterval,
            @Min(1) @Max(20) @DefaultValue("3") int unexpectedFailureAttempts) {

        @AssertTrue(message = "max-interval must be at least initial-interval, and initial-interval positive")
        public boolean isOrdered() {
            return initialInterval == null || maxInterval == null
                    || (initialInterval.isPositive() && maxInterval.compareTo(initialInterval) >= 0);
        }
    }

    @AssertTrue(message = "retention must be at least a day: events redelivered after it are processed again")
    public boolean isRetentionLongEnough() {
        return retention == null || retention.compareTo(Duration.ofDays(1)) >= 0;
    }
}
