package com.evently.ticketing.gateway.hardening;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The largest request body the gateway forwards (env GATEWAY_MAX_REQUEST_BODY_SIZE, e.g. {@code 1MB}). */
@Validated
@ConfigurationProperties("ticketing.gateway.request")
public record RequestSizeProperties(@NotNull @DefaultValue("1MB") DataSize maxBodySize) {
}
