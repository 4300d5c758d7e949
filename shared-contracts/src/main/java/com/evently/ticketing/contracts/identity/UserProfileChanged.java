package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A user changed their own profile: the e-mail address, name or language. Carries the whole profile as it is now,
 * not only what changed, so a consumer that keeps a copy of users simply replaces its row.
 *
 * @param language the language the user reads mails in ({@code en}, {@code de})
 */
public record UserProfileChanged(UUID userId, String email, String name, String language, Instant occurredAt) {
}
