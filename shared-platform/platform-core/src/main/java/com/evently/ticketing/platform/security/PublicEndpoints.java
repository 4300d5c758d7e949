package com.evently.ticketing.platform.security;

import java.util.Arrays;
import java.util.List;

/**
 * Endpoints a service serves without a token, each written {@code "GET /api/v1/events/**"} or just a path
 * pattern for every method ({@link EndpointPattern}). A service declares them as a bean; everything else needs a
 * valid token.
 */
public record PublicEndpoints(List<EndpointPattern> endpoints) {

    public PublicEndpoints {
        endpoints = List.copyOf(endpoints);
    }

    public static PublicEndpoints of(String... declarations) {
        return new PublicEndpoints(Arrays.stream(declarations).map(EndpointPattern::parse).toList());
    }
}
