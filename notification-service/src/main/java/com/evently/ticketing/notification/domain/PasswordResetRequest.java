package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * Somebody asked to reset the password of an account: its owner is sent a link carrying the token.
 *
 * @param expiresAt when identity-service stops accepting the token
 */
public record PasswordResetRequest(UUID userId, Recipient account, ResetToken token, Instant expiresAt) {

    public PasswordResetRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * The mail to queue: a link to {@code page} with the token, and the expiry shown in {@code expiryShownIn}.
     * One per token, whatever the number of times it is asked for.
     */
    public OutboundMail toMail(ResetPage page, ZoneId expiryShownIn) {
        return new OutboundMail(new MailPurpose.PasswordReset(userId, token.fingerprint()), account.email(),
                PasswordResetMail.compose(this, page.linkFor(token), expiryShownIn));
    }
}
