package com.evently.ticketing.identity.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Who is calling, as their access token describes them: the input to every role check. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        EnumSet<Role> copy = EnumSet.noneOf(Role.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMIN);
    }
}
