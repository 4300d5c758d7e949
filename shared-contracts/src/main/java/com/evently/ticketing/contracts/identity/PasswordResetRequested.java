package com.evently.ticketing.contracts.identity;

import com.evently.ticketing.contracts.EventTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * Somebody asked to reset the password of an existing account. Carries the single-use reset token sealed (a compact
 * JWE under the message sealing key, bound to {@link #sealingContext(UUID)}), so that only the notification service,
 * which e-mails the link, can read it; identity keeps only its hash, and the token expires at {@code expiresAt}.
 */
public record PasswordResetRequested(UUID userId, String email, String name, String sealedToken, Instant expiresAt,
                                     Instant occurredAt) {

    /** What the reset token of {@code userId} is sealed for: a sealed token opens only as that user's. */
    public static String sealingContext(UUID userId) {
        return EventTypes.PASSWORD_RESET_REQUESTED + "/sealedToken/" + userId;
    }
}
