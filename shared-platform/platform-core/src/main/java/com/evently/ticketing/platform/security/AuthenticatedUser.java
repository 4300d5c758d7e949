package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The caller of a request, as the access token describes them. A controller may take it as a parameter.
 * <p>
 * An API client (a token from the client-credentials grant, {@link ClientScopes}) acts for its organizer: its
 * {@link #id()} is the organizer's id, so every ownership check sees the organizer; its {@link #roles()} are
 * derived from its scopes (ORGANIZER at most, never ADMIN); {@link #clientId()} names the client and
 * {@link #scopes()} lists what it may do. A user has no client id and no scopes.
 *
 * @param clientId the API client's id, {@code null} for a user
 * @param scopes   the client's scopes, empty for a user
 */
public record AuthenticatedUser(UUID id, String email, String name, Set<String> roles, String clientId,
                                Set<String> scopes) {

    public AuthenticatedUser {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** A user, as before API clients existed. */
    public AuthenticatedUser(UUID id, String email, String name, Set<String> roles) {
        this(id, email, name, roles, null, Set.of());
    }

    public static AuthenticatedUser from(Jwt jwt) {
        if (ClientTokens.isClientToken(jwt)) {
            Set<String> scopes = ClientTokens.scopes(jwt);
            UUID organizer = ClientTokens.organizer(jwt).orElseThrow(() -> new IllegalArgumentException(
                    "A client token without an organizer passed validation"));
            return new AuthenticatedUser(organizer, null, jwt.getClaimAsString("name"),
                    ClientScopes.rolesGrantedBy(scopes), jwt.getClaimAsString(ClientScopes.CLIENT_ID_CLAIM), scopes);
        }
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

    /** An API client acting for its organizer rather than a person signed in. */
    public boolean isClient() {
        return clientId != null;
    }

    /** Always false for a user: scopes limit clients only. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** This caller as the use cases know them; role names that are no {@link Role} grant nothing and are dropped. */
    public Caller caller() {
        return new Caller(id, Role.grantedBy(roles));
    }
}
