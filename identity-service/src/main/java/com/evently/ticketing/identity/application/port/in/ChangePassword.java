package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolationException;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in user replaces their password, proving they know the current one (a token alone, perhaps left
 * on a shared computer, is not enough). Every refresh token of the account is revoked.
 */
public interface ChangePassword {

    /**
     * @throws WrongPasswordException           when the current password is not the account's
     * @throws PasswordPolicyViolationException when the new password is common or made of the e-mail or name
     * @throws AccountDisabledException         when the account was disabled after the token was issued
     */
    void change(Command command);

    record Command(UUID userId, String currentPassword, Password newPassword, ClientAddress clientAddress) {

        public Command {
            Objects.requireNonNull(userId, "userId");
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw new InvalidInput("currentPassword must not be empty");
            }
            Objects.requireNonNull(newPassword, "newPassword");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }

        @Override
        public String toString() {
            return "Command[userId=" + userId + ", passwords hidden]";
        }
    }
}
