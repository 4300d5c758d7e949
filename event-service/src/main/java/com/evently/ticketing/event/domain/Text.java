package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/** The one rule every name and title in the catalog shares. */
final class Text {

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(what + " is required");
        }
        return value.strip();
    }

    /** Optional free text: blank means absent, so it is stored as null rather than as whitespace. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Text() {
    }
}
