package com.evently.ticketing.ticket.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Whoever asks for tickets: the holder's own account reads them, an admin reads any. */
public record Actor(UUID id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean mayRead(Ticket ticket) {
        return roles.contains(Role.ADMIN) || ticket.belongsTo(id);
    }
}
