package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a mail goes to. The address check is deliberately loose (the SMTP server has the last word) but refuses
 * what could never be one address, including line breaks that would smuggle extra mail headers.
 */
public record Recipient(String email, String name) {

    private static final Pattern ONE_ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+");

    public Recipient {
        Objects.requireNonNull(email, "email");
        if (!ONE_ADDRESS.matcher(email).matches()) {
            throw new InvalidInput("Not a single e-mail address: '" + email + "'");
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** How the mail addresses the person: their name when known. */
    public String greetingName() {
        return name == null ? "there" : name;
    }
}
