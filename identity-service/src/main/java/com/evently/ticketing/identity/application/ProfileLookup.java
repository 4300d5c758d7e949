package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.in.UserNotFoundException;
import com.evently.ticketing.identity.application.port.in.ViewProfile;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.User;

import java.util.UUID;

public class ProfileLookup implements ViewProfile {

    private final Users users;

    public ProfileLookup(Users users) {
        this.users = users;
    }

    @Override
    public User profileOf(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }
}
