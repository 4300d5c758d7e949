package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolationException;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;

import java.util.Objects;

/** A person signs up and gets an account with the USER role. */
public interface RegisterUser {

    /**
     * @throws EmailAlreadyRegisteredException  when the address (in any letter case) has an account
     * @throws PasswordPolicyViolationException when the password is common or made of the e-mail or name
     */
    User register(Command command);

    record Command(EmailAddress email, Password password, PersonName name, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
