package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/** The client's name for one booking attempt: retrying with it returns the first attempt's booking. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("the Idempotency-Key header must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("the Idempotency-Key header must be at most " + MAX_LENGTH + " characters long");
        }
    }
}
