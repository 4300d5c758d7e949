package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;

import java.util.Objects;

/**
 * Somebody who forgot their password asks for a reset link. The caller learns nothing about whether the
 * address has an account: the call returns normally, in about the same time, either way.
 */
public interface RequestPasswordReset {

    void requestReset(Command command);

    record Command(EmailAddress email, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
