package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Role;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The token's caller as the use cases know them; roles this service does not know are dropped. */
final class Actors {

    static Actor of(AuthenticatedUser user) {
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> user.hasRole(role.name()))
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(user.id(), roles);
    }

    private Actors() {
    }
}
