package com.evently.ticketing.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A user's {@code roles} claim as {@code ROLE_} authorities, exactly as before client tokens existed; an API
 * client's role derived from its scopes ({@link ClientScopes#rolesGrantedBy}; a {@code roles} claim on a client
 * token is ignored) plus each scope as a {@code SCOPE_} authority.
 */
final class TokenAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final JwtGrantedAuthoritiesConverter userRoles = new JwtGrantedAuthoritiesConverter();

    TokenAuthorities() {
        userRoles.setAuthoritiesClaimName("roles");
        userRoles.setAuthorityPrefix("ROLE_");
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        if (!ClientTokens.isClientToken(jwt)) {
            return userRoles.convert(jwt);
        }
        Set<String> scopes = ClientTokens.scopes(jwt);
        return Stream.concat(
                        ClientScopes.rolesGrantedBy(scopes).stream().map(role -> "ROLE_" + role),
                        scopes.stream().map(scope -> "SCOPE_" + scope))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
