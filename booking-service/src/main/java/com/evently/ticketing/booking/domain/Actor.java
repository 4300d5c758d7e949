package com.evently.ticketing.booking.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Whoever is asking: role checks in use cases are made against this, never against a web type. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
