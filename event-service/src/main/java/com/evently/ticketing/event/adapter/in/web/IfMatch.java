package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a client based its change on from {@code If-Match}, which carries the ETag a GET returned:
 * the event's version as a strong entity tag, {@code "3"}.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    /**
     * @throws PreconditionRequired when the header is missing, or is {@code *}, which would not
     *         protect against overwriting someone else's change
     * @throws IllegalArgumentException when the header is not one strong ETag of ours (this API never hands out
     *         weak ones or lists)
     */
    static long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            throw new PreconditionRequired();
        }
        Matcher version = STRONG_VERSION_TAG.matcher(header.strip());
        if (!version.matches()) {
            throw new InvalidInput(
                    "If-Match must be the one ETag a GET of the event returned, such as \"3\"");
        }
        return Long.parseLong(version.group(1));
    }

    private IfMatch() {
    }
}
