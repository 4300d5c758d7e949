package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A refresh token as the service remembers it. Tokens descending from one login share a {@code familyId}, so
 * that rotation can later revoke a whole family when a used token shows up again.
 */
public record RefreshToken(UUID id, UUID familyId, UUID userId, RefreshTokenHash hash, Instant issuedAt,
                           Instant expiresAt) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The first token of a new family, for a fresh login. */
    public static Issued issueAtLogin(UUID userId, Instant now, TokenLifetimes lifetimes) {
        RefreshTokenSecret secret = RefreshTokenSecret.generate();
        RefreshToken token = new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), userId, secret.hash(), now,
                now.plus(lifetimes.refreshToken()));
        return new Issued(secret, token);
    }

    /** The secret goes to the client, the token (hash only) to storage. */
    public record Issued(RefreshTokenSecret secret, RefreshToken token) {
    }
}
