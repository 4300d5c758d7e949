package com.evently.ticketing.event.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The authenticated caller, reduced to what the catalog's rules need to know. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Organizers create and manage their own events; admins manage everyone's. */
    public boolean mayOrganizeEvents() {
        return isAdmin() || roles.contains(Role.ORGANIZER);
    }
}
