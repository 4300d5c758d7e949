package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An administrator (or the bootstrap, then {@code changedBy} is null) changed what a user may do. Published as the
 * {@code UserRoleChanged} contract.
 */
public record RolesChanged(UUID userId, EmailAddress email, Set<Role> previousRoles, Set<Role> roles,
                           UUID changedBy, Instant occurredAt) {

    /** Granting roles a user already has is no change, and nobody needs to hear of it. */
    public boolean changesAnything() {
        return !previousRoles.equals(roles);
    }
}
