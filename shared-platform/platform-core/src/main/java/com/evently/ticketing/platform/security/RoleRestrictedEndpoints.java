package com.evently.ticketing.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Endpoints only callers holding one of {@code roles} may use, each written like {@link EndpointPattern}, e.g.
 * {@code RoleRestrictedEndpoints.requiringAnyOf(Set.of("ORGANIZER", "ADMIN"), "POST /api/v1/events")}. A service
 * declares them as beans, one per set of roles. Any other caller is refused with 403 before the request's body
 * or parameters are read (docs/architecture.md#security: authorization is decided before input is validated), so that a
 * validation report never answers someone who may not use the endpoint at all.
 * <p>
 * Only for what the role alone decides. Rules that depend on the data (the organizer of this event, the holder of
 * this ticket) stay in the use cases, which keep checking the role too.
 */
public record RoleRestrictedEndpoints(Set<String> roles, List<EndpointPattern> endpoints) {

    public RoleRestrictedEndpoints {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An endpoint restricted to no role at all is closed: name the roles");
        }
        roles = Set.copyOf(roles);
        endpoints = List.copyOf(endpoints);
    }

    /** @param roles role names as in the token's {@code roles} claim, e.g. {@code ADMIN}, without a prefix */
    public static RoleRestrictedEndpoints requiringAnyOf(Collection<String> roles, String... declarations) {
        return new RoleRestrictedEndpoints(Set.copyOf(roles),
                Arrays.stream(declarations).map(EndpointPattern::parse).toList());
    }
}
