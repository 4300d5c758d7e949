package com.evently.ticketing.identity.application;

import java.time.Duration;
import java.util.List;

/** @param scopes what the token holds, as its {@code scope} claim names them */
public record IssuedClientToken(String accessToken, Duration expiresIn, List<String> scopes) {

    public IssuedClientToken {
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "IssuedClientToken[accessToken=hidden, expiresIn=" + expiresIn + ", scopes=" + scopes + "]";
    }
}
