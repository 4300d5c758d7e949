package com.evently.ticketing.gateway.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/** What an access token must satisfy; the same keys the services use, so one set of env vars configures all. */
@Validated
@ConfigurationProperties("ticketing.security.jwt")
public record JwtProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull URI jwksUri,
        @DefaultValue("60s") Duration clockSkew) {
}
