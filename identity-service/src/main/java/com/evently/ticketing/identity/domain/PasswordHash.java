package com.evently.ticketing.identity.domain;

import java.util.Objects;

/** A password as stored: a salted, slow hash in the encoding of the hashing scheme (bcrypt's {@code $2a$...}). */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
