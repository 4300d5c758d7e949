package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An administrator changed a user's roles. */
public record UserRoleChanged(UUID userId, String email, List<String> previousRoles, List<String> roles,
                              UUID changedBy, Instant occurredAt) {
}
