package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/**
 * A client trades its refresh token for a new access token and a new refresh token; the old refresh token
 * is used up. Presenting a used-up token again within a short grace period (a retry, a second tab) gets the
 * same new refresh token again; after it, it revokes every token descending from the same login.
 */
public interface RefreshSession {

    /** @throws InvalidRefreshTokenException for an unknown, used, revoked or expired token, or a disabled account */
    IssuedTokens refresh(Command command);

    record Command(SecretToken refreshToken, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
