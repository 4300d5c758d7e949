package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Whoever asks for tickets, as the platform's {@link Caller} describes them: the holder's own account reads them, an admin reads any. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles());
    }

    public boolean mayRead(Ticket ticket) {
        return roles.contains(Role.ADMIN) || ticket.belongsTo(id);
    }
}
