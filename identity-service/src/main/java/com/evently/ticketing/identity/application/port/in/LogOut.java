package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/**
 * Ends the session a refresh token belongs to: it and every token rotated from the same login are revoked.
 * An unknown token ends nothing and is no error, so logging out twice is harmless.
 */
public interface LogOut {

    void logOut(Command command);

    record Command(SecretToken refreshToken, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
