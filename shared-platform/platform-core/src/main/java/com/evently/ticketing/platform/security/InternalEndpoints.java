package com.evently.ticketing.platform.security;

import java.util.Arrays;
import java.util.List;

/**
 * Internal endpoints a service opens to other services holding {@code scope} in their service token, each written
 * like {@link EndpointPattern} and lying under {@code /internal/}, e.g.
 * {@code InternalEndpoints.requiringScope(InternalScopes.TICKET_DOCUMENTS, "GET /internal/v1/bookings/{id}/tickets.pdf")}.
 * A service declares them as beans, one per scope. Nothing else under {@code /internal/**} is open: no user's or
 * partner's token, no service token of another scope, and no request without a token gets through.
 */
public record InternalEndpoints(String scope, List<EndpointPattern> endpoints) {

    private static final String INTERNAL_PREFIX = "/internal/";

    public InternalEndpoints {
        if (!InternalScopes.isInternal(scope)) {
            throw new IllegalArgumentException("An internal endpoint needs an internal scope (" + InternalScopes.PREFIX
                    + "…), not " + scope);
        }
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("Name the internal endpoints " + scope + " opens");
        }
        endpoints.stream().filter(endpoint -> !endpoint.pattern().startsWith(INTERNAL_PREFIX)).findFirst()
                .ifPresent(outside -> {
                    // a public path opened to service tokens would bypass the scope gate partners' clients pass
                    throw new IllegalArgumentException("Internal endpoints lie under " + INTERNAL_PREFIX + ", not "
                            + outside.pattern());
                });
    }

    public static InternalEndpoints requiringScope(String scope, String... declarations) {
        return new InternalEndpoints(scope, Arrays.stream(declarations).map(EndpointPattern::parse).toList());
    }
}
