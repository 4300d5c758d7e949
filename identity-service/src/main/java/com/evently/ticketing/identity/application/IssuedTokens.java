package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.SecretToken;

import java.time.Duration;
import java.util.Objects;

/** What a login or a refresh hands the client: a short-lived access token and the refresh token behind it. */
public record IssuedTokens(String accessToken, SecretToken refreshToken, Duration accessTokenLifetime) {

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
