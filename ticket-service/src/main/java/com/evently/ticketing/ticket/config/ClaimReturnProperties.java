package com.evently.ticketing.ticket.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Returning tickets whose claim expired unclaimed to the holders who gave them away.
 *
 * @param interval  how long every replica waits between two runs: a giver gets the ticket back at most this long
 *                  after the claim expired (plus the runs a full batch needs)
 * @param batchSize the most tickets one run returns, in one transaction that holds their bookings' locks
 */
@Validated
@ConfigurationProperties("ticketing.claims.returns")
public record ClaimReturnProperties(
        @NotNull @DefaultValue("5m") Duration interval,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize) {
}
