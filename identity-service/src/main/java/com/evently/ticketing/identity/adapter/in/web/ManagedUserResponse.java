package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Role;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as administrators see it; {@code language} is the one mails to it are written in. */
record ManagedUserResponse(UUID id, String email, String name, List<String> roles, boolean enabled,
                           Instant createdAt, String language) {

    static ManagedUserResponse of(User user) {
        return new ManagedUserResponse(user.id(), user.email().value(), user.name().value(),
                user.roles().stream().map(Role::name).toList(), user.enabled(), user.registeredAt(),
                user.language().code());
    }
}
