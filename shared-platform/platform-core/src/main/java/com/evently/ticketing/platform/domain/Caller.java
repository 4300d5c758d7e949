package com.evently.ticketing.platform.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as their access token describes them, reduced to what role checks in use cases need: the
 * user's id and their {@link Role}s. Controllers get one from the platform's {@code AuthenticatedUser#caller()};
 * a service's domain may wrap it in an {@code Actor} of its own where it has rules about the caller.
 */
public record Caller(UUID id, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Organizers create and manage their own events; admins manage everyone's. */
    public boolean mayOrganizeEvents() {
        return isAdmin() || hasRole(Role.ORGANIZER);
    }
}
