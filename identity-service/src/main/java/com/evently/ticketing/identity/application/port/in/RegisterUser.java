package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;

import java.util.Objects;

/** A person signs up and gets an account with the USER role. */
public interface RegisterUser {

    /** @throws EmailAlreadyRegisteredException when the address (in any letter case) has an account */
    User register(Command command);

    record Command(EmailAddress email, Password password, PersonName name) {

        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(name, "name");
        }
    }
}
