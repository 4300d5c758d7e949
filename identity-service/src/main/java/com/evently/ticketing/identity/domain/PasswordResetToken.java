package com.evently.ticketing.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Proof that whoever holds it received the e-mail sent to an account's address: redeemable once, until it
 * expires, to choose a new password. Only its hash is stored.
 *
 * @param usedAt when it was redeemed (or made void by a later reset); null while still redeemable
 */
public record PasswordResetToken(UUID id, UUID userId, TokenHash hash, Instant requestedAt, Instant expiresAt,
                                 Instant usedAt) {

    public PasswordResetToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Issued issue(UUID userId, Instant now, Duration lifetime) {
        SecretToken secret = SecretToken.generate();
        PasswordResetToken token = new PasswordResetToken(UUID.randomUUID(), userId, secret.hash(), now,
                now.plus(lifetime), null);
        return new Issued(secret, token);
    }

    public boolean isRedeemableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** The secret goes into the e-mail, the token (hash only) to storage. */
    public record Issued(SecretToken secret, PasswordResetToken token) {
    }
}
