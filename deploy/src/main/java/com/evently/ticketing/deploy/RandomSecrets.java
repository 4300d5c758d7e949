package com.evently.ticketing.deploy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** Secrets that live for one run of the suite: nothing here is stored. */
final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    // Only symbols that need no quoting in a shell, a URL or a JSON string.
    private static final String SYMBOLS = "-_.~";
    private static final int PASSWORD_LENGTH = 20;

    private RandomSecrets() {
    }

    /** 256 random bits, URL-safe: a service client's secret, a database role's password, an encryption key. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A password that passes any usual policy (upper, lower, digit, symbol) without the ambiguous characters
     * (0/O, 1/l/I), because a person copies it from the terminal.
     */
    static String password() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        List<Character> characters = new ArrayList<>(PASSWORD_LENGTH);
        for (String mustContain : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            characters.add(randomCharacterOf(mustContain));
        }
        while (characters.size() < PASSWORD_LENGTH) {
            characters.add(randomCharacterOf(all));
        }
        Collections.shuffle(characters, RANDOM);
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        characters.forEach(password::append);
        return password.toString();
    }

    private static char randomCharacterOf(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
