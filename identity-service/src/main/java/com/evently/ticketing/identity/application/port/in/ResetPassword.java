package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolationException;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Objects;

/** The holder of an e-mailed reset token chooses a new password; every refresh token of the account is revoked. */
public interface ResetPassword {

    /**
     * @throws InvalidResetTokenException       when the token is unknown, used, expired or its account disabled
     * @throws PasswordPolicyViolationException when the new password is common or made of the e-mail or name
     */
    void reset(Command command);

    record Command(SecretToken token, Password newPassword, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(newPassword, "newPassword");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
