package com.evently.ticketing.event.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * event-service's settings. The prefix {@code ticketing.catalog} (and so the {@code TICKETING_CATALOG_*} environment
 * variables) keeps the service's earlier name on purpose: deployments set them, and renaming them would silently drop
 * an operator's settings. New settings go under the same prefix.
 *
 * @param cache          the in-process cache of public event reads
 * @param httpCache      what public responses tell browsers and shared caches
 * @param completionInterval how often published events whose last session ended are marked COMPLETED
 * @param bookingService     where booking-service's internal API answers capacity changes, and how long to wait
 */
@Validated
@ConfigurationProperties("ticketing.catalog")
record EventProperties(
        @Valid @NotNull @DefaultValue Cache cache,
        @Valid @NotNull @DefaultValue HttpCache httpCache,
        @NotNull @DefaultValue("1m") Duration completionInterval,
        @Valid @NotNull @DefaultValue BookingService bookingService) {

    /**
     * @param enabled     false reads every public event from the database (to measure what the cache saves)
     * @param timeToLive  how stale a change nobody announces (completion seen from another replica) may be
     * @param maximumSize events kept; the least recently used leave first
     */
    record Cache(@DefaultValue("true") boolean enabled,
                 @NotNull @DefaultValue("30s") Duration timeToLive,
                 @Min(1) @Max(1_000_000) @DefaultValue("10000") long maximumSize) {
    }

    record BookingService(@NotNull @DefaultValue("http://localhost:8083") URI baseUrl,
                          @NotNull @DefaultValue("1s") Duration connectTimeout,
                          @NotNull @DefaultValue("3s") Duration readTimeout) {
    }

    record HttpCache(@NotNull @DefaultValue("10s") Duration maxAge,
                     @NotNull @DefaultValue("30s") Duration staleWhileRevalidate) {
    }
}
