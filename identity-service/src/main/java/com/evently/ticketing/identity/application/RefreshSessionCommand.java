package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/** The refresh token to trade in. */
public record RefreshSessionCommand(SecretToken refreshToken, ClientAddress clientAddress) {

    public RefreshSessionCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
