package com.evently.ticketing.platform.openapi;

import com.evently.ticketing.platform.security.EndpointPattern;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import com.evently.ticketing.platform.security.ScopeRestrictedEndpoints;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call an operation, read from the same declarations the resource server enforces
 * ({@code ResourceServerAutoConfiguration}), so that the document cannot promise what the service refuses: public or
 * not, the roles that alone decide, and the scopes that open it to API clients (first declaration that covers it wins,
 * the service's before the platform's defaults; none means closed to clients).
 */
record AccessRules(List<PublicEndpoints> publicEndpoints, List<RoleRestrictedEndpoints> roleRestricted,
                   List<ScopeRestrictedEndpoints> scopeRestricted) {

    private static final EndpointPattern ADMINISTRATION = EndpointPattern.parse("/api/v1/admin/**");

    AccessRules {
        publicEndpoints = List.copyOf(publicEndpoints);
        roleRestricted = List.copyOf(roleRestricted);
        List<ScopeRestrictedEndpoints> scopes = new ArrayList<>(scopeRestricted);
        scopes.addAll(ScopeRestrictedEndpoints.defaults());
        scopeRestricted = List.copyOf(scopes);
    }

    boolean isPublic(HttpMethod method, String path) {
        return publicEndpoints.stream().flatMap(declared -> declared.endpoints().stream())
                .anyMatch(endpoint -> endpoint.covers(method, path));
    }

    /** The roles a caller needs before anything else is looked at; empty when the use case alone decides. */
    Set<String> rolesFor(HttpMethod method, String path) {
        Optional<Set<String>> declared = roleRestricted.stream()
                .filter(restricted -> restricted.endpoints().stream().anyMatch(endpoint -> endpoint.covers(method, path)))
                .map(RoleRestrictedEndpoints::roles)
                .findFirst();
        if (declared.isPresent()) {
            return declared.get();
        }
        return ADMINISTRATION.covers(method, path) ? Set.of("ADMIN") : Set.of();
    }

    /** The scopes that let an API client call it; empty when no client may. */
    Set<String> scopesFor(HttpMethod method, String path) {
        return scopeRestricted.stream()
                .filter(restricted -> restricted.endpoints().stream().anyMatch(endpoint -> endpoint.covers(method, path)))
                .map(ScopeRestrictedEndpoints::scopes)
                .findFirst()
                .orElse(Set.of());
    }
}
