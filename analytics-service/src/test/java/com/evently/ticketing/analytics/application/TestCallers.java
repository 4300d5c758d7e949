package com.evently.ticketing.analytics.application;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;

import java.util.Set;
import java.util.UUID;

/** Callers as the platform hands them to the use cases, for the fast tests. */
final class TestCallers {

    static Caller admin() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));
    }

    static Caller organizer(UUID id) {
        return new Caller(id, Set.of(Role.USER, Role.ORGANIZER));
    }

    static Caller attendee() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER));
    }

    private TestCallers() {
    }
}
