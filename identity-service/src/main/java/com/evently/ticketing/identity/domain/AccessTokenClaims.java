package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What an access token asserts about its holder, and for how long. Issuer and audience are added when signing. */
public record AccessTokenClaims(UUID tokenId, UUID userId, EmailAddress email, PersonName name, Set<Role> roles,
                                Instant issuedAt, Instant expiresAt) {

    public AccessTokenClaims {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        EnumSet<Role> inDeclarationOrder = EnumSet.noneOf(Role.class);
        inDeclarationOrder.addAll(roles);
        roles = Collections.unmodifiableSet(inDeclarationOrder);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static AccessTokenClaims of(User user, Instant now, TokenLifetimes lifetimes) {
        return new AccessTokenClaims(UUID.randomUUID(), user.id(), user.email(), user.name(), user.roles(), now,
                now.plus(lifetimes.accessToken()));
    }
}
