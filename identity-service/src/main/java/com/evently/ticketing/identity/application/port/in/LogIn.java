package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.RefreshTokenSecret;

import java.time.Duration;
import java.util.Objects;

/** A person proves who they are with e-mail and password and gets an access and a refresh token. */
public interface LogIn {

    /** @throws InvalidCredentialsException for an unknown address or a wrong password alike */
    IssuedTokens logIn(Command command);

    /** Taken as typed: a login checks credentials, it does not apply the password policy. */
    record Command(String email, String password) {

        public Command {
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("email must not be blank");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("password must not be empty");
            }
        }

        @Override
        public String toString() {
            return "Command[email=" + email + ", password=hidden]";
        }
    }

    record IssuedTokens(String accessToken, RefreshTokenSecret refreshToken, Duration accessTokenLifetime) {

        public IssuedTokens {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        }

        @Override
        public String toString() {
            return "IssuedTokens[hidden, accessTokenLifetime=" + accessTokenLifetime + "]";
        }
    }
}
