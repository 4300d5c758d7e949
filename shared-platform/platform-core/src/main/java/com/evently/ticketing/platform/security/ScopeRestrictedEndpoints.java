package com.evently.ticketing.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Endpoints an API client may call only while its token holds one of {@code scopes}, each written like
 * {@link EndpointPattern}. Users' tokens are not affected: their roles decide, as before.
 * <p>
 * For a client the rules are deny by default: a request matching no declared endpoint is refused (403), so an
 * endpoint added later is closed to clients until someone decides which scope opens it. The first declaration
 * that matches decides, services' own beans before the platform's {@link #defaults()}, so a specific path
 * (attendees, check-in) is declared before the family it lies in (events).
 *
 * @param scopes empty means closed to every client ({@link #closedToClients})
 */
public record ScopeRestrictedEndpoints(Set<String> scopes, List<EndpointPattern> endpoints) {

    public ScopeRestrictedEndpoints {
        scopes = Set.copyOf(scopes);
        endpoints = List.copyOf(endpoints);
    }

    public static ScopeRestrictedEndpoints requiringAnyOf(Collection<String> scopes, String... declarations) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("Name the scopes, or declare the endpoints closedToClients");
        }
        return new ScopeRestrictedEndpoints(Set.copyOf(scopes), parse(declarations));
    }

    /** Endpoints no client may call whatever its scopes, e.g. a path that a broader scope's pattern would cover. */
    public static ScopeRestrictedEndpoints closedToClients(String... declarations) {
        return new ScopeRestrictedEndpoints(Set.of(), parse(declarations));
    }

    /**
     * The public API's scopes, applied in every service after its own declarations, so services need no change
     * to enforce them. Most specific first.
     */
    public static List<ScopeRestrictedEndpoints> defaults() {
        return List.of(
                requiringAnyOf(Set.of(ClientScopes.ATTENDEES_READ),
                        "GET /api/v1/events/*/attendees", "GET /api/v1/events/*/attendees/**"),
                requiringAnyOf(Set.of(ClientScopes.CHECK_IN_WRITE),
                        "/api/v1/check-ins", "/api/v1/check-ins/**", "/api/v1/events/*/check-in/**",
                        "GET /api/v1/check-in/keys"),
                // an organizer's own waiting-list places and feedback are not the organization's business
                closedToClients("/api/v1/events/*/waitlist", "/api/v1/events/*/waitlist/**",
                        "/api/v1/events/*/feedback", "/api/v1/events/*/feedback/**"),
                requiringAnyOf(Set.of(ClientScopes.EVENTS_WRITE),
                        "POST /api/v1/events", "POST /api/v1/events/**", "PUT /api/v1/events/**",
                        "PATCH /api/v1/events/**", "DELETE /api/v1/events/**"),
                requiringAnyOf(Set.of(ClientScopes.EVENTS_READ), "GET /api/v1/events", "GET /api/v1/events/**"),
                requiringAnyOf(Set.of(ClientScopes.BOOKINGS_READ), "GET /api/v1/bookings", "GET /api/v1/bookings/**"),
                requiringAnyOf(Set.of(ClientScopes.WEBHOOKS_MANAGE), "/api/v1/webhooks", "/api/v1/webhooks/**"));
    }

    private static List<EndpointPattern> parse(String... declarations) {
        return Arrays.stream(declarations).map(EndpointPattern::parse).toList();
    }
}
