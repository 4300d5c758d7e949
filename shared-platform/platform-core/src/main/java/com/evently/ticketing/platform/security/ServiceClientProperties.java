package com.evently.ticketing.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * How a service that calls other services' internal endpoints gets its service tokens ({@link ServiceTokens}):
 * identity-service's token endpoint, and the client id and secret identity knows this service by.
 *
 * @param tokenUri            identity's {@code /oauth2/token} (at {@code IDENTITY_URL}), called directly, not
 *                            through the gateway
 * @param clientId            {@code TICKETING_SERVICE_CLIENT_ID}, by default the service's name
 * @param clientSecret        {@code TICKETING_SERVICE_CLIENT_SECRET}; no default: checked when {@link ServiceTokens}
 *                            is built, so that a refusal cannot print it
 * @param connectTimeout      how long a token request may take to connect to identity
 * @param readTimeout         how long it may wait for identity's answer
 * @param refreshBeforeExpiry a token is replaced this long before it expires, so none runs out on its way to the
 *                            callee (whose verification allows clock skew the other way)
 */
@Validated
@ConfigurationProperties("ticketing.service-client")
public record ServiceClientProperties(
        @NotNull URI tokenUri,
        @NotBlank String clientId,
        String clientSecret,
        @NotNull @DefaultValue("1s") Duration connectTimeout,
        @NotNull @DefaultValue("3s") Duration readTimeout,
        @NotNull @DefaultValue("30s") Duration refreshBeforeExpiry) {

    @Override
    public String toString() {
        return "ServiceClientProperties[tokenUri=" + tokenUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null || clientSecret.isBlank() ? "unset" : "hidden") + "]";
    }
}
