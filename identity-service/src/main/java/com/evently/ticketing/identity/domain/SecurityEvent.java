package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail. Built in steps, each naming what it adds:
 * {@code SecurityEvent.success(LOGOUT, now).by(userId).concerning(user).from(address)}.
 *
 * @param actorId       who did it; null for an anonymous caller (a failed login, a reset request) or the system
 * @param subjectUserId whose account it concerns; null when an e-mail matched no account
 * @param email         the account's address, or the one a failed login tried
 * @param clientAddress where the request came from; null for what the service does on its own
 */
public record SecurityEvent(SecurityAction action, Outcome outcome, UUID actorId, UUID subjectUserId, String email,
                            ClientAddress clientAddress, String detail, Instant occurredAt) {

    /** The audit contract caps these lengths; longer input (a mistyped login) is cut rather than refused. */
    public static final int MAX_EMAIL_LENGTH = 320;
    public static final int MAX_DETAIL_LENGTH = 1000;

    public enum Outcome {
        SUCCESS,
        FAILURE
    }

    public SecurityEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        email = cut(email, MAX_EMAIL_LENGTH);
        detail = cut(detail, MAX_DETAIL_LENGTH);
    }

    public static SecurityEvent success(SecurityAction action, Instant occurredAt) {
        return new SecurityEvent(action, Outcome.SUCCESS, null, null, null, null, null, occurredAt);
    }

    public static SecurityEvent failure(SecurityAction action, Instant occurredAt) {
        return new SecurityEvent(action, Outcome.FAILURE, null, null, null, null, null, occurredAt);
    }

    public SecurityEvent by(UUID actor) {
        return new SecurityEvent(action, outcome, actor, subjectUserId, email, clientAddress, detail, occurredAt);
    }

    public SecurityEvent concerning(User subject) {
        return new SecurityEvent(action, outcome, actorId, subject.id(), subject.email().value(), clientAddress,
                detail, occurredAt);
    }

    /** For an address that names no account (yet): the subject stays unknown. */
    public SecurityEvent concerningAddress(String triedEmail) {
        return new SecurityEvent(action, outcome, actorId, subjectUserId, triedEmail, clientAddress, detail,
                occurredAt);
    }

    public SecurityEvent from(ClientAddress address) {
        return new SecurityEvent(action, outcome, actorId, subjectUserId, email, address, detail, occurredAt);
    }

    public SecurityEvent detail(String text) {
        return new SecurityEvent(action, outcome, actorId, subjectUserId, email, clientAddress, text, occurredAt);
    }

    private static String cut(String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
