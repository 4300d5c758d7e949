package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.Actor;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The token's view of a caller → the domain's. Roles the domain does not know grant nothing. */
final class Callers {

    static Actor actorOf(AuthenticatedUser user) {
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> user.hasRole(role.name()))
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(user.id(), roles);
    }

    static Buyer buyerOf(AuthenticatedUser user) {
        return new Buyer(user.id(), user.email(), user.name());
    }

    private Callers() {
    }
}
