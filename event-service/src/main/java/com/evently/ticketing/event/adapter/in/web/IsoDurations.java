package com.evently.ticketing.event.adapter.in.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The request bodies' ISO-8601 durations (reminder lead times, booking terms), read one way. */
final class IsoDurations {

    private IsoDurations() {
    }

    /** Null for null or for what is not an ISO-8601 duration: the validators refuse it before a command is built. */
    static Duration parseOrNull(String text) {
        try {
            return text == null ? null : Duration.parse(text.strip());
        } catch (DateTimeParseException notADuration) {
            return null;
        }
    }
}
