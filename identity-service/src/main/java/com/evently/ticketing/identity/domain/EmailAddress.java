package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in its one normal form (trimmed, lower-case), so {@code Ana@Example.com} and
 * {@code ana@example.com} name the same account.
 */
public record EmailAddress(String value) {

    /** The longest address SMTP can deliver to (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    // Deliberately loose: one '@', something on both sides, no whitespace. Ownership is what proves an
    // address, not a stricter pattern.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "email");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInput("email must be an e-mail address of at most " + MAX_LENGTH + " characters");
        }
    }

    /** The part before the '@', which people like to reuse as a password. */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /** The address, or empty when the text is not one (e.g. a mistyped login). */
    public static Optional<EmailAddress> tryParse(String text) {
        try {
            return Optional.of(new EmailAddress(text));
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return Optional.empty();
        }
    }
}
