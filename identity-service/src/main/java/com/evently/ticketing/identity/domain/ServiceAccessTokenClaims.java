package com.evently.ticketing.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a service's access token asserts: the calling service, its internal scopes, and for how long. No organizer
 * and no roles: it acts for nobody, and opens nothing but the internal endpoints its scopes name.
 */
public record ServiceAccessTokenClaims(UUID tokenId, String clientId, Set<String> scopes, Instant issuedAt,
                                       Instant expiresAt) {

    public ServiceAccessTokenClaims {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(clientId, "clientId");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static ServiceAccessTokenClaims of(ServiceClient client, Set<String> scopes, Instant now, Duration lifetime) {
        return new ServiceAccessTokenClaims(UUID.randomUUID(), client.id(), scopes, now, now.plus(lifetime));
    }
}
