package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.PasswordResetToken;
import com.evently.ticketing.identity.domain.TokenHash;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password-reset tokens handed out, kept by hash only. */
public interface PasswordResetTokens {

    void add(PasswordResetToken token);

    Optional<PasswordResetToken> findByHash(TokenHash hash);

    /** The token with this hash, locked until the transaction ends: two redemptions cannot both succeed. */
    Optional<PasswordResetToken> lockByHash(TokenHash hash);

    /** Voids every still-redeemable token of the user: after a reset, older e-mailed links are dead. */
    void useUpAllOf(UUID userId, Instant usedAt);
}
