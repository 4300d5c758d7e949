package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;

/**
 * The secret of a transferred ticket's claim link, as ticket-service issued it: whoever opens the link makes the
 * ticket theirs. It belongs in the mail to the new holder and nowhere else: {@link #toString()} hides it and
 * failures never quote it.
 */
public record ClaimToken(String value) {

    /** ticket-service's tokens are 43 characters (256 bits); shorter would be guessable. */
    static final int MIN_LENGTH = 32;
    private static final int MAX_LENGTH = 512;

    public ClaimToken {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInput("A claim token has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters, this one " + value.length());
        }
        if (!value.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new InvalidInput("A claim token is printable ASCII without spaces");
        }
    }

    @Override
    public String toString() {
        return "ClaimToken[hidden]";
    }
}
