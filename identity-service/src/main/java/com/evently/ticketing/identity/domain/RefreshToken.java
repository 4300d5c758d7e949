package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A refresh token as the service remembers it. Every use rotates it: the token is marked used and a new one
 * joins its {@code familyId} (all tokens descending from one login). A used token showing up again means a
 * copy is in somebody else's hands, so the whole family gets revoked; except within a short grace period
 * after its use, when it is the same client retrying (a lost response, two tabs refreshing at once): that
 * client gets the same successor again ({@link Handover}).
 *
 * @param usedAt    when it was exchanged for a new token; null while it is the family's current token
 * @param revokedAt when its family was revoked (logout, reuse, password change, account disabled)
 * @param handover  the successor handed out at its use, while it may be handed out again; null otherwise
 */
public record RefreshToken(UUID id, UUID familyId, UUID userId, TokenHash hash, Instant issuedAt, Instant expiresAt,
                           Instant usedAt, Instant revokedAt, Handover handover) {

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

    /**
     * The successor to hand out again when this used token comes back at {@code now}: only within the grace
     * period, and never once the family is revoked (a logout must not be undone by a late retry).
     */
    public Optional<Handover> handoverAt(Instant now) {
        if (usedAt == null || revokedAt != null || handover == null || !now.isBefore(handover.until())) {
            return Optional.empty();
        }
        return Optional.of(handover);
    }

    private static Issued issue(UUID familyId, UUID userId, Instant now, TokenLifetimes lifetimes) {
        SecretToken secret = SecretToken.generate();
        RefreshToken token = new RefreshToken(UUID.randomUUID(), familyId, userId, secret.hash(), now,
                now.plus(lifetimes.refreshToken()), null, null, null);
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

    /**
     * The successor this token was exchanged for, sealed so that only a holder of this token can open it (the
     * service keeps this token's hash, not the token), offered again until {@code until}.
     */
    public record Handover(String sealedSuccessor, Instant until) {

        public Handover {
            Objects.requireNonNull(sealedSuccessor, "sealedSuccessor");
            Objects.requireNonNull(until, "until");
        }

        @Override
        public String toString() {
            return "Handover[sealed, until=" + until + "]";
        }
    }
}
