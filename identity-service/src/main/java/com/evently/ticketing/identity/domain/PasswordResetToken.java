package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Changed;

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

    /**
     * A new token for {@code user}, and the request that mails its secret: only the hash is kept in the token, the
     * secret exists in clear nowhere but in that request.
     */
    public static Changed<PasswordResetToken, PasswordResetIssued> issueFor(User user, Instant now, Duration lifetime) {
        SecretToken secret = SecretToken.generate();
        PasswordResetToken token = new PasswordResetToken(UUID.randomUUID(), user.id(), secret.hash(), now,
                now.plus(lifetime), null);
        return new Changed<>(token, new PasswordResetIssued(user.id(), user.email(), user.name(), secret,
                token.expiresAt(), now));
    }

    public boolean isRedeemableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
