package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;

import java.util.Objects;

/** The address somebody says is theirs; it may have no account. */
public record RequestPasswordResetCommand(EmailAddress email, ClientAddress clientAddress) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
