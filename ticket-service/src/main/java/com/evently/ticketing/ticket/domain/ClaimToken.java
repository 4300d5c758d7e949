package com.evently.ticketing.ticket.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret of a claim link: whoever opens the link mailed to a transfer's address makes the ticket theirs. 256
 * random bits, so its SHA-256 is all that is stored: a copy of the database claims nothing. It leaves this service
 * only sealed, inside {@code TicketTransferred}.
 */
public record ClaimToken(String value) {

    private static final int RANDOM_BYTES = 32;

    public ClaimToken {
        Objects.requireNonNull(value, "value");
    }

    public static ClaimToken random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ClaimToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What is stored and looked up: a high-entropy secret needs no salt nor slow hash. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ClaimToken[…]";
    }
}
