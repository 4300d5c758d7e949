package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/** The e-mailed token and the password it should set. */
public record ResetPasswordCommand(SecretToken token, Password newPassword, ClientAddress clientAddress) {

    public ResetPasswordCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
