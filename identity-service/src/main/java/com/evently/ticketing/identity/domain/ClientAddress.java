package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

/** Where a request came from (an IP address as the gateway saw it): recorded in the audit trail, and throttled. */
public record ClientAddress(String value) {

    public static final int MAX_LENGTH = 100;

    public ClientAddress {
        Objects.requireNonNull(value, "clientAddress");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidInput("a client address has between 1 and " + MAX_LENGTH + " characters");
        }
    }
}
