package com.evently.ticketing.gateway.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Base URLs of the services the gateway forwards to (env IDENTITY_URL, EVENT_URL, ...). */
@Validated
@ConfigurationProperties("ticketing.gateway.downstream")
public record DownstreamServices(
        @NotNull URI identity,
        @NotNull URI event,
        @NotNull URI booking,
        @NotNull URI ticket,
        @NotNull URI notification,
        @NotNull URI analytics) {

    /** Every service by the name used in its OpenAPI route ({@code /v3/api-docs/<name>}) and circuit breaker. */
    public Map<String, URI> byName() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("identity", identity);
        services.put("event", event);
        services.put("booking", booking);
        services.put("ticket", ticket);
        services.put("notification", notification);
        services.put("analytics", analytics);
        return services;
    }
}
