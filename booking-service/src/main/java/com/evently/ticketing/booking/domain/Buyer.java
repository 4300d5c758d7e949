package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** The person a booking is for, as named in their access token; name may be absent. */
public record Buyer(UUID userId, String email, String name) {

    public Buyer {
        Objects.requireNonNull(userId, "userId");
        if (email == null || email.isBlank()) {
            throw new InvalidInput("the buyer's e-mail address is missing from the access token");
        }
    }
}
