package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Somebody asked to reset the password of an existing account. Carries the single-use reset token so the
 * notification service can e-mail the link; identity keeps only its hash, and the token expires at
 * {@code expiresAt}.
 */
public record PasswordResetRequested(UUID userId, String email, String name, String resetToken, Instant expiresAt,
                                     Instant occurredAt) {
}
