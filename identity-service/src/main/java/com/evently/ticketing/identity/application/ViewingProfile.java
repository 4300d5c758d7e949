package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.User;

import java.util.UUID;

/** A signed-in user looks at their own account. */
public class ViewingProfile {

    private final Users users;

    public ViewingProfile(Users users) {
        this.users = users;
    }

    /** @throws UserNotFound when the token names an account that no longer exists */
    public User profileOf(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new UserNotFound(userId));
    }
}
