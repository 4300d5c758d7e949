package com.evently.ticketing.notification.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** What became of one delivery attempt. */
public sealed interface DeliveryOutcome {

    UUID mailId();

    UUID bookingId();

    /** The number of the attempt, counted from 1. */
    int attempt();

    /** The mail server accepted the mail. */
    record Sent(UUID mailId, UUID bookingId, int attempt) implements DeliveryOutcome {
    }

    /** The attempt failed; the mail is tried again from {@code nextAttemptAt}. */
    record RetryScheduled(UUID mailId, UUID bookingId, int attempt, Instant nextAttemptAt, String reason)
            implements DeliveryOutcome {
    }

    /** The last allowed attempt failed: the mail is marked failed and not tried again. */
    record GaveUp(UUID mailId, UUID bookingId, int attempt, String reason) implements DeliveryOutcome {
    }
}
