package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.UUID;
import java.util.function.Function;

/**
 * Query-string values taken as text and parsed here, so that a bad one answers 400 naming the parameter and the
 * expected form, rather than a generic type-mismatch report.
 */
final class QueryParameters {

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static int number(String name, String value, int absent) {
        return parsed(name, value, absent, Integer::parseInt, "a whole number");
    }

    static UUID uuid(String name, String value) {
        return parsed(name, value, null, UUID::fromString, "a UUID");
    }

    static Boolean bool(String name, String value) {
        return parsed(name, value, null, text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        }, "true or false");
    }

    static <T> T parsed(String name, String value, T absent, Function<String, T> parse, String expected) {
        if (!present(value)) {
            return absent;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'" + name + "' must be " + expected);
        }
    }

    private QueryParameters() {
    }
}
