package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A security-relevant action as identity-service reported it: a registration, a login (successful or not), a
 * password reset, a role change, an account disabled...
 *
 * @param actorId       who did it; null for an anonymous caller (a failed login)
 * @param subjectUserId whose account it concerns; null when the e-mail matched no account
 * @param email         the account's e-mail, or the one a failed login tried
 * @param clientAddress the caller's address as the gateway saw it, when known
 */
public record SecurityEvent(AuditAction action, AuditOutcome outcome, UUID actorId, UUID subjectUserId,
                            String email, String clientAddress, String detail, Instant occurredAt) {

    static final int MAX_EMAIL_LENGTH = 320;
    static final int MAX_CLIENT_ADDRESS_LENGTH = 100;
    static final int MAX_DETAIL_LENGTH = 1000;

    public SecurityEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        email = bounded("email", email, MAX_EMAIL_LENGTH);
        clientAddress = bounded("clientAddress", clientAddress, MAX_CLIENT_ADDRESS_LENGTH);
        detail = bounded("detail", detail, MAX_DETAIL_LENGTH);
    }

    /** Blank means unknown; longer than the contract allows means the producer broke it. */
    private static String bounded(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidInput(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
