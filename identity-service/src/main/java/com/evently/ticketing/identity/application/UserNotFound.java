package com.evently.ticketing.identity.application;

import java.util.UUID;

public class UserNotFound extends RuntimeException {

    public UserNotFound(UUID userId) {
        super("No user with id " + userId);
    }
}
