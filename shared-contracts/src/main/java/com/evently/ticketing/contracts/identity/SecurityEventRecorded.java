package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the security audit trail: a registration, a login (successful or not), a password change or
 * reset, a role change, an account disabled or enabled, a refresh token reused... {@code action} is an
 * upper-case word; new actions may appear, consumers keep what they don't know as is.
 *
 * @param actorId       who did it (null for anonymous callers such as a failed login)
 * @param subjectUserId whose account it concerns (null when the e-mail matched no account)
 * @param email         the account's e-mail, or the one a failed login tried
 * @param clientAddress the caller's address as the gateway saw it, when known
 */
public record SecurityEventRecorded(String action, String outcome, UUID actorId, UUID subjectUserId, String email,
                                    String clientAddress, String detail, Instant occurredAt) {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";
}
