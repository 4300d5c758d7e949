package com.evently.ticketing.identity.domain;

import java.util.Objects;

/** How a {@link SecretToken} is kept: its SHA-256 in hex, so a copy of the database yields no usable token. */
public record TokenHash(String hex) {

    public TokenHash {
        Objects.requireNonNull(hex, "hex");
    }
}
