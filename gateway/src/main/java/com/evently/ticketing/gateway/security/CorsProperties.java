package com.evently.ticketing.gateway.security;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** The web origins whose pages may call the API from a browser (env TICKETING_CORS_ALLOWED_ORIGINS, comma-separated). */
@Validated
@ConfigurationProperties("ticketing.gateway.cors")
public record CorsProperties(@NotEmpty List<String> allowedOrigins) {
}
