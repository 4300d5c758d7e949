package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Role;

import java.util.List;
import java.util.UUID;

/** An account as its owner sees it; {@code language} is the one mails to it are written in. */
record UserResponse(UUID id, String email, String name, List<String> roles, String language) {

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email().value(), user.name().value(),
                user.roles().stream().map(Role::name).toList(), user.language().code());
    }
}
