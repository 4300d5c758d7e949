package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
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
     * The mail to queue: a link to {@code page} with the token, when it stops working (shown in
     * {@code expiryShownIn}), and that nothing happens if the reader did not ask (somebody may have typed their
     * address by mistake, or on purpose). One per token, whatever the number of times it is asked for.
     */
    public Notice notice(ResetPage page, ZoneId expiryShownIn, Locale locale) {
        return new Notice(new MailPurpose.PasswordReset(userId, token.fingerprint()), account,
                Letter.of(MailKind.PASSWORD_RESET, locale)
                        .with("name", account.name())
                        .with("email", account.email())
                        .with("link", page.linkFor(token).toString())
                        .with("expiresAt", expiresAt.atZone(expiryShownIn))
                        .build());
    }
}
