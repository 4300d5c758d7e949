package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A refresh token as the service remembers it. Every use rotates it: the token is marked used and a new one
 * joins its {@code familyId} (all tokens descending from one login). A used token showing up again means a
 * copy is in somebody else's hands, so the whole family gets revoked.
 *
 * @param usedAt    when it was exchanged for a new token; null while it is the family's current token
 * @param revokedAt when its family was revoked (logout, reuse, password change, account disabled)
 */
public record RefreshToken(UUID id, UUID familyId, UUID userId, TokenHash hash, Instant issuedAt, Instant expiresAt,
                           Instant usedAt, Instant revokedAt) {

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
        return issue(UUID.randomUUID(), userId, now, lifetimes);
    }

    /** This token's successor in the same family; each one lives the full lifetime from its own issue. */
    public Issued successor(Instant now, TokenLifetimes lifetimes) {
        return issue(familyId, userId, now, lifetimes);
    }

    /** Reuse wins over every other state: a rotated token presented again is a theft signal even when expired. */
    public Status statusAt(Instant now) {
        if (usedAt != null) {
            return Status.ALREADY_USED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.USABLE : Status.EXPIRED;
    }

    private static Issued issue(UUID familyId, UUID userId, Instant now, TokenLifetimes lifetimes) {
        SecretToken secret = SecretToken.generate();
        RefreshToken token = new RefreshToken(UUID.randomUUID(), familyId, userId, secret.hash(), now,
                now.plus(lifetimes.refreshToken()), null, null);
        return new Issued(secret, token);
    }

    public enum Status {
        USABLE,
        ALREADY_USED,
        REVOKED,
        EXPIRED
    }

    /** The secret goes to the client, the token (hash only) to storage. */
    public record Issued(SecretToken secret, RefreshToken token) {
    }
}
