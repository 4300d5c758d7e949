package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.PersonName;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Absent fields stay as they are. */
public record UpdateProfileCommand(UUID userId, Optional<EmailAddress> email, Optional<PersonName> name,
                                   Optional<Language> language, ClientAddress clientAddress) {

    public UpdateProfileCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
