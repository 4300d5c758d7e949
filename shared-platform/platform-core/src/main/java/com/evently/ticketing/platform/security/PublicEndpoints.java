package com.evently.ticketing.platform.security;

import org.springframework.http.HttpMethod;

import java.util.Arrays;
import java.util.List;

/**
 * Endpoints a service serves without a token, each written {@code "GET /api/v1/events/**"} or just a path
 * pattern for every method. A service declares them as a bean; everything else needs a valid token.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    public record Endpoint(HttpMethod method, String pattern) {
    }

    public static PublicEndpoints of(String... declarations) {
        return new PublicEndpoints(Arrays.stream(declarations).map(PublicEndpoints::parse).toList());
    }

    private static Endpoint parse(String declaration) {
        String[] parts = declaration.trim().split("\\s+");
        return switch (parts.length) {
            case 1 -> new Endpoint(null, parts[0]);
            case 2 -> new Endpoint(HttpMethod.valueOf(parts[0]), parts[1]);
            default -> throw new IllegalArgumentException("Expected \"[METHOD] /pattern\", got: " + declaration);
        };
    }
}
