package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Paging;
import com.evently.ticketing.platform.domain.Role;

import java.util.Optional;

/**
 * How an administrator looks for accounts: every given criterion must match (text in the e-mail or name,
 * part of the e-mail, part of the name, a role held), one page at a time, newest accounts first.
 */
public record UserSearch(Optional<String> text, Optional<String> email, Optional<String> name, Optional<Role> role,
                         int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public UserSearch {
        text = blankAsEmpty(text);
        email = blankAsEmpty(email);
        name = blankAsEmpty(name);
        role = role == null ? Optional.empty() : role;
        Paging.check(page, size, MAX_PAGE_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }

    private static Optional<String> blankAsEmpty(Optional<String> criterion) {
        return criterion == null ? Optional.empty() : criterion.map(String::strip).filter(value -> !value.isEmpty());
    }
}
