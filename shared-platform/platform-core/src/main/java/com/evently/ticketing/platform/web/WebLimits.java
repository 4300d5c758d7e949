package com.evently.ticketing.platform.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestBody the largest request body a service reads; a service whose requests are small sets a
 *                       smaller one (identity: a few KB)
 */
@Validated
@ConfigurationProperties("ticketing.web")
public record WebLimits(@NotNull @DefaultValue("1MB") DataSize maxRequestBody) {

    public WebLimits {
        if (maxRequestBody != null && maxRequestBody.toBytes() < 1) {
            throw new IllegalArgumentException("ticketing.web.max-request-body must be positive");
        }
    }
}
