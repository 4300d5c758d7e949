package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.TokenHash;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens handed out, kept by hash only. */
public interface RefreshTokens {

    void add(RefreshToken token);

    /** The token with this hash, locked until the transaction ends: one token is rotated once, not twice. */
    Optional<RefreshToken> lockByHash(TokenHash hash);

    /** The token with this hash as it is now, unlocked. */
    Optional<RefreshToken> findByHash(TokenHash hash);

    /** Marks the token used and keeps the successor it was exchanged for, sealed, for a retry within the grace period. */
    void markUsed(UUID tokenId, Instant usedAt, RefreshToken.Handover handover);

    /** Revokes every token of the family (one login and all its rotations) not revoked yet. */
    void revokeFamily(UUID familyId, Instant revokedAt);

    /** Revokes every token of the user: every device has to log in again. */
    void revokeAllOf(UUID userId, Instant revokedAt);

    /** Erases the sealed successors whose grace period ended before {@code cutoff}; returns how many. */
    int eraseHandoversEndedBefore(Instant cutoff);
}
