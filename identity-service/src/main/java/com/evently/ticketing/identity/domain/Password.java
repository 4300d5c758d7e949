package com.evently.ticketing.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A password a person chose for their account, checked against the policy. Never printed. */
public record Password(String value) {

    public static final int MIN_LENGTH = 10;

    /** bcrypt reads only the first 72 bytes: anything longer would be silently cut, so it is refused. */
    public static final int MAX_BYTES = 72;

    public Password {
        Objects.requireNonNull(value, "password");
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new PasswordPolicyViolation("must be at least " + MIN_LENGTH + " characters long");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PasswordPolicyViolation("must be at most " + MAX_BYTES + " bytes long in UTF-8");
        }
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
