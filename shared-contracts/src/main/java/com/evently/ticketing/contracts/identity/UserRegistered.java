package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person created an account (or an administrator was bootstrapped).
 *
 * @param language the language the user reads mails in ({@code en}, {@code de}); null from producers that wrote
 *                 this event before it carried one, which consumers take as "not known"
 */
public record UserRegistered(UUID userId, String email, String name, List<String> roles, String language,
                             Instant occurredAt) {

    /** An account whose language is not known (as announced before the language was carried). */
    public UserRegistered(UUID userId, String email, String name, List<String> roles, Instant occurredAt) {
        this(userId, email, name, roles, null, occurredAt);
    }
}
