package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ApiScope;

import java.time.Duration;
import java.util.Set;

public record IssuedClientToken(String accessToken, Duration expiresIn, Set<ApiScope> scopes) {

    @Override
    public String toString() {
        return "IssuedClientToken[accessToken=hidden, expiresIn=" + expiresIn + ", scopes=" + scopes + "]";
    }
}
