package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Actor;
import com.evently.ticketing.event.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the token's caller into the domain's {@link Actor}; roles the catalog does not know are ignored. */
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
