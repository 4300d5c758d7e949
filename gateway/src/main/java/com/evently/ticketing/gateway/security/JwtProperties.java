package com.evently.ticketing.gateway.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * What an access token must satisfy; the same keys the services use, so one set of env vars configures all.
 *
 * @param jwksCacheLifetime   how long identity's keys are used before they are fetched again
 * @param jwksRefetchInterval a token naming a key id the cached keys lack makes them be fetched again at once, but
 *                            at most twice per this interval: made-up key ids cannot make the gateway hammer
 *                            identity, and a key identity rotated in is known here within this interval at worst
 */
@Validated
@ConfigurationProperties("ticketing.security.jwt")
public record JwtProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull URI jwksUri,
        @DefaultValue("60s") Duration clockSkew,
        @NotNull @DefaultValue("5m") Duration jwksCacheLifetime,
        @NotNull @DefaultValue("30s") Duration jwksRefetchInterval) {
}
