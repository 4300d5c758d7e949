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
 */
@Validated
@ConfigurationProperties("ticketing.security.jwt")
public record JwtSecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotBlank String jwksUri,
        @NotNull @DefaultValue("60s") Duration clockSkew) {
}
