package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;

/** When and why a published event was called off; the reason is optional and shown to everyone. */
public record Cancellation(String reason, Instant cancelledAt) {

    public static final int MAX_REASON_LENGTH = 1000;

    public Cancellation {
        reason = Text.optional(reason);
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
            throw new InvalidInput("a cancellation reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
