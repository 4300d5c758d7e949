package com.evently.ticketing.identity.application;

import java.util.UUID;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UUID userId) {
        super("No user with id " + userId);
    }
}
