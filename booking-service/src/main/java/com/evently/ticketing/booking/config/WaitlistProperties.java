package com.evently.ticketing.booking.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param offerLifetime      how long released seats are held for the user they were offered to, unless the event
 *                           sets its own ({@code published_event.waitlist_offer_lifetime})
 * @param expiryInterval     pause between two runs of the expiry job on one replica: how late, at most, the seats of
 *                           a lapsed offer go to the next in line
 * @param expiryBatchSize    lapsed offers one run expires at most, each in a transaction of its own
 */
@Validated
@ConfigurationProperties("ticketing.booking.waitlist")
public record WaitlistProperties(
        @NotNull @DefaultValue("30m") Duration offerLifetime,
        @NotNull @DefaultValue("15s") Duration expiryInterval,
        @Min(1) @Max(10000) @DefaultValue("100") int expiryBatchSize) {
}
