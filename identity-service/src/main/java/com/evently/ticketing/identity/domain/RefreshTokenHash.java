package com.evently.ticketing.identity.domain;

import java.util.Objects;

/** How a refresh token is kept: its SHA-256 in hex, so a copy of the database yields no usable token. */
public record RefreshTokenHash(String hex) {

    public RefreshTokenHash {
        Objects.requireNonNull(hex, "hex");
    }
}
