package com.evently.ticketing.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads what {@link ClientScopes} says an API client's token carries, and tells a service's token
 * ({@link InternalScopes}) from a partner's.
 */
final class ClientTokens {

    static boolean isClientToken(Jwt jwt) {
        return jwt.hasClaim(ClientScopes.CLIENT_ID_CLAIM);
    }

    /**
     * A service's token: a client token naming no organizer, whose scopes are all internal ones. identity issues
     * partners' clients an organizer and public scopes only, so neither kind passes for the other.
     */
    static boolean isServiceToken(Jwt jwt) {
        if (!isClientToken(jwt) || jwt.hasClaim(ClientScopes.ORGANIZER_CLAIM)) {
            return false;
        }
        Set<String> scopes = scopes(jwt);
        return !scopes.isEmpty() && scopes.stream().allMatch(InternalScopes::isInternal);
    }

    /** RFC 8693 §4.2 / RFC 9068: one string, scopes separated by spaces. */
    static Set<String> scopes(Jwt jwt) {
        String scope = jwt.getClaimAsString(ClientScopes.SCOPE_CLAIM);
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    /** The organizer a client acts for; empty when the claim is missing or no UUID (such a token is refused). */
    static Optional<UUID> organizer(Jwt jwt) {
        String organizer = jwt.getClaimAsString(ClientScopes.ORGANIZER_CLAIM);
        try {
            return Optional.ofNullable(organizer).map(UUID::fromString);
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    private ClientTokens() {
    }
}
