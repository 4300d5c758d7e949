package com.evently.ticketing.event.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestBody the largest request body the catalog reads. The default leaves room for the largest
 *                       valid event (10,000-character description, 100 sessions, 50 ticket types, all names
 *                       at their maximum, even as escaped JSON) and refuses anything far beyond it.
 */
@Validated
@ConfigurationProperties("ticketing.catalog.web")
public record WebLimits(@NotNull @DefaultValue("512KB") DataSize maxRequestBody) {

    public WebLimits {
        if (maxRequestBody != null && maxRequestBody.toBytes() < 1) {
            throw new IllegalArgumentException("ticketing.catalog.web.max-request-body must be positive");
        }
    }
}
