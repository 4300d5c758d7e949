package com.evently.ticketing.identity.domain;

import java.util.List;

/** One page of a {@link UserSearch}, and how many accounts matched in all. */
public record UserPage(List<User> users, long totalMatches) {

    public UserPage {
        users = List.copyOf(users);
    }
}
