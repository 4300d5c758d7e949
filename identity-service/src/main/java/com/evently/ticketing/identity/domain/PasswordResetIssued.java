package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Somebody asked to reset an account's password. Carries the raw token, because the e-mail that proves
 * ownership of the address must contain it; it exists nowhere else in clear. Published, with the token sealed, as the
 * {@code PasswordResetRequested} contract.
 */
public record PasswordResetIssued(UUID userId, EmailAddress email, PersonName name, SecretToken token,
                                  Instant expiresAt, Instant occurredAt) {
}
