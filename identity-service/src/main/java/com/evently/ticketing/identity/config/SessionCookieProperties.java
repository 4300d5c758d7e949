package com.evently.ticketing.identity.config;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.List;

/**
 * The web UI's refresh-token cookie, under {@code ticketing.identity.session-cookie}.
 *
 * @param allowedOrigins the origins (scheme, host, port) of the web UI: a request that asks for the cookie, or
 *                       presents it, from any other {@code Origin} is refused. The same list as the gateway's CORS
 *                       origins ({@code TICKETING_CORS_ALLOWED_ORIGINS}).
 */
@Validated
@ConfigurationProperties("ticketing.identity.session-cookie")
public record SessionCookieProperties(@DefaultValue("http://localhost:8080") @NotEmpty List<String> allowedOrigins) {

    public SessionCookieProperties {
        allowedOrigins = allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        for (String origin : allowedOrigins) {
            URI uri = URI.create(origin);
            if (uri.getScheme() == null || uri.getHost() == null || !(uri.getPath() == null || uri.getPath().isEmpty())) {
                throw new IllegalArgumentException(
                        "ticketing.identity.session-cookie.allowed-origins takes origins such as https://tickets.example.com, not " + origin);
            }
        }
    }
}
