package com.evently.ticketing.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an API client's access token asserts: the client, the organizer it acts for, its scopes, and for how
 * long. No roles: services derive what a client may do from its scopes, never more than its organizer.
 */
public record ClientAccessTokenClaims(UUID tokenId, UUID clientId, UUID organizerId, String clientName,
                                      Set<ApiScope> scopes, Instant issuedAt, Instant expiresAt) {

    public ClientAccessTokenClaims {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(clientName, "clientName");
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static ClientAccessTokenClaims of(ApiClient client, Set<ApiScope> scopes, Instant now, Duration lifetime) {
        return new ClientAccessTokenClaims(UUID.randomUUID(), client.id(), client.organizerId(), client.name(), scopes,
                now, now.plus(lifetime));
    }
}
