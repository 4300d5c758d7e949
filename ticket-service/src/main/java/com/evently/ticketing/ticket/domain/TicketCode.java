package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret printed on a ticket. 160 random bits, so a code cannot be guessed from another one; written
 * in RFC 4648 base32 (A–Z, 2–7): URL-safe, case-insensitive when read aloud, and 160 bits need no padding.
 */
public record TicketCode(String value) {

    static final int RANDOM_BYTES = 20;
    private static final int LENGTH = RANDOM_BYTES * 8 / 5;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    public TicketCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInput("A ticket code is " + LENGTH + " base32 characters");
        }
    }

    public static TicketCode random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TicketCode(base32(bytes));
    }

    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bitsInBuffer = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5) {
                text.append(ALPHABET[(buffer >>> (bitsInBuffer - 5)) & 0x1F]);
                bitsInBuffer -= 5;
            }
        }
        if (bitsInBuffer > 0) {
            text.append(ALPHABET[(buffer << (5 - bitsInBuffer)) & 0x1F]);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
