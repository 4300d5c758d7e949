package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.Actor;
import com.evently.ticketing.analytics.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller of a request as the use cases know them. */
final class Actors {

    static Actor of(AuthenticatedUser user) {
        return new Actor(user.id(), knownRoles(user.roles()));
    }

    /** Roles this service does not know grant nothing here, so they are dropped rather than rejected. */
    private static Set<Role> knownRoles(Set<String> roles) {
        return Arrays.stream(Role.values())
                .filter(role -> roles.contains(role.name()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Actors() {
    }
}
