package com.evently.ticketing.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How access tokens are checked: who must have issued them, for which audience, where the issuer's public
 * keys are, and how much clock skew is tolerated.
 *
 * @param jwksCacheLifetime   how long the issuer's keys are used before they are fetched again
 * @param jwksRefetchInterval a token naming a key id the cached keys lack makes the keys be fetched again at
 *                            once, but at most twice per this interval: tokens with made-up key ids cannot make
 *                            every service hammer the issuer, while a key the issuer really rotated in is
 *                            known here within this interval at worst
 */
@Validated
@ConfigurationProperties("ticketing.security.jwt")
public record JwtSecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotBlank String jwksUri,
        @NotNull @DefaultValue("60s") Duration clockSkew,
        @NotNull @DefaultValue("5m") Duration jwksCacheLifetime,
        @NotNull @DefaultValue("30s") Duration jwksRefetchInterval) {
}
