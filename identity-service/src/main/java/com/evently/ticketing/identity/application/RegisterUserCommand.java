package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PersonName;

import java.util.Objects;

/** Who signs up, already checked for form; the password policy is applied by the use case. */
public record RegisterUserCommand(EmailAddress email, Password password, PersonName name, Language language,
                                  ClientAddress clientAddress) {

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
