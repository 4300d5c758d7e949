package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/** The current password is taken as typed: it is checked, not judged by the policy. */
public record ChangePasswordCommand(UUID userId, String currentPassword, Password newPassword,
                                    ClientAddress clientAddress) {

    public ChangePasswordCommand {
        Objects.requireNonNull(userId, "userId");
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInput("currentPassword must not be empty");
        }
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", passwords hidden]";
    }
}
