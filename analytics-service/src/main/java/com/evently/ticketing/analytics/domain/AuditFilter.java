package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.UUID;

/**
 * Which audit entries an admin is looking for; every criterion is optional and they all must hold.
 *
 * @param userId matches the actor or the subject of an entry
 * @param email  matches the entry's e-mail exactly, ignoring case
 * @param from   entries that occurred at or after this instant
 * @param to     entries that occurred before this instant (exclusive, so consecutive ranges never overlap)
 */
public record AuditFilter(AuditAction action, AuditOutcome outcome, UUID userId, String email, Instant from,
                          Instant to) {

    public AuditFilter {
        email = email == null || email.isBlank() ? null : email.strip();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("'from' must be before 'to'");
        }
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
