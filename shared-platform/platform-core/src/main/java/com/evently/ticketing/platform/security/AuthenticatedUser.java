package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The caller of a request, as the access token describes them. A controller may take it as a parameter. */
public record AuthenticatedUser(UUID id, String email, String name, Set<String> roles) {

    public static AuthenticatedUser from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new AuthenticatedUser(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"),
                jwt.getClaimAsString("name"), roles == null ? Set.of() : Set.copyOf(roles));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    /** This caller as the use cases know them; role names that are no {@link Role} grant nothing and are dropped. */
    public Caller caller() {
        return new Caller(id, Role.grantedBy(roles));
    }
}
