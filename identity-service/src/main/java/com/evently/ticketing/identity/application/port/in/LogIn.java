package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

/**
 * A person proves who they are with e-mail and password and gets an access and a refresh token. Repeated
 * failures for one account or from one address lock further attempts for a while.
 */
public interface LogIn {

    /**
     * @throws InvalidCredentialsException for an unknown address or a wrong password alike
     * @throws AccountDisabledException    for the right password of a disabled account
     * @throws TooManyAttemptsException    while the account or the client address is locked, whatever the password
     */
    IssuedTokens logIn(Command command);

    /** Taken as typed: a login checks credentials, it does not apply the password policy. */
    record Command(String email, String password, ClientAddress clientAddress) {

        public Command {
            if (email == null || email.isBlank()) {
                throw new InvalidInput("email must not be blank");
            }
            if (password == null || password.isEmpty()) {
                throw new InvalidInput("password must not be empty");
            }
            Objects.requireNonNull(clientAddress, "clientAddress");
        }

        @Override
        public String toString() {
            return "Command[email=" + email + ", password=hidden, clientAddress=" + clientAddress.value() + "]";
        }
    }
}
