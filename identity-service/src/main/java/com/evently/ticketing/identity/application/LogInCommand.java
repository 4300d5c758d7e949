package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

/** Taken as typed: a login checks credentials, it does not apply the password policy. */
public record LogInCommand(String email, String password, ClientAddress clientAddress) {

    public LogInCommand {
        if (email == null || email.isBlank()) {
            throw new InvalidInput("email must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInput("password must not be empty");
        }
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", password=hidden, clientAddress=" + clientAddress.value() + "]";
    }
}
