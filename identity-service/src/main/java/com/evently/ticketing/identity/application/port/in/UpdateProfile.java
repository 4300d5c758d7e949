package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in user changes their name or e-mail address. Only those: roles and the enabled flag are an
 * administrator's business and cannot be expressed here.
 */
public interface UpdateProfile {

    /**
     * @throws EmailAlreadyRegisteredException when the new address belongs to another account
     * @throws UserNotFoundException           when the token names an account that no longer exists
     * @throws AccountDisabledException        when the account was disabled after the token was issued
     */
    User update(Command command);

    /** Absent fields stay as they are. */
    record Command(UUID userId, Optional<EmailAddress> email, Optional<PersonName> name, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
