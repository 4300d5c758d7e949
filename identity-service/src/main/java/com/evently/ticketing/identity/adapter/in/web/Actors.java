package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.domain.Actor;
import com.evently.ticketing.identity.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller as the use cases see them; role names this service does not know are dropped, not trusted. */
final class Actors {

    static Actor of(AuthenticatedUser caller) {
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> caller.hasRole(role.name()))
                .collect(Collectors.toSet());
        return new Actor(caller.id(), roles);
    }

    private Actors() {
    }
}
