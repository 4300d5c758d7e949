package com.evently.ticketing.platform.openapi;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * What a service's OpenAPI document says about itself. Each service names its title and description in its
 * application.yml; the server is the public gateway, the only address partners call, never the service's own.
 *
 * @param title       the document's title, e.g. "Evently booking API"
 * @param description what the service offers, in a sentence or two (Markdown)
 * @param version     the API's version: the path's {@code v1}, not the build's, so that a rebuild changes nothing
 * @param serverUrl   the gateway's public base URL ({@code TICKETING_PUBLIC_BASE_URL})
 */
@Validated
@ConfigurationProperties("ticketing.openapi")
public record OpenApiProperties(
        @NotBlank String title,
        @NotBlank String description,
        @NotBlank @DefaultValue("v1") String version,
        @DefaultValue("http://localhost:8080") URI serverUrl) {

    /** Where API clients get their tokens: identity's OAuth 2.0 token endpoint, through the gateway. */
    URI tokenUrl() {
        return serverUrl.resolve("/oauth2/token");
    }
}
