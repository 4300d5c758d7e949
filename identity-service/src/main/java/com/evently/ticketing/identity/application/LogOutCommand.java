package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/** The refresh token whose session ends. */
public record LogOutCommand(SecretToken refreshToken, ClientAddress clientAddress) {

    public LogOutCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
