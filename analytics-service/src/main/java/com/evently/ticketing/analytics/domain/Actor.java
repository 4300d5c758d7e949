package com.evently.ticketing.analytics.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Who is asking: the authenticated user's id and roles. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
