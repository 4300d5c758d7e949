package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user as identity-service last announced them: where they read mail, their name, and the language they read it
 * in ({@code null} when identity has not said). {@code asOf} is when identity announced it, so a late, older
 * announcement cannot overwrite a newer one.
 */
public record KnownUser(UUID userId, Recipient contact, Locale language, Instant asOf) {

    public KnownUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(asOf, "asOf");
    }

    public Optional<Locale> mailLanguage() {
        return Optional.ofNullable(language);
    }
}
