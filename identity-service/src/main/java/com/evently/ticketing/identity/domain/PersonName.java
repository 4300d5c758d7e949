package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

/** How a user wants to be addressed: on tickets, in e-mails and in attendee lists. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 200;

    public PersonName {
        Objects.requireNonNull(value, "name");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidInput("name must have between 1 and " + MAX_LENGTH + " characters");
        }
    }
}
