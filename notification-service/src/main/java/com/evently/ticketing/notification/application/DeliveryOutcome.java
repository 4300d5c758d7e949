package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.MailPurpose;

import java.time.Instant;
import java.util.UUID;

/** What became of one delivery attempt. */
public sealed interface DeliveryOutcome {

    UUID mailId();

    /** What the mail was for; say {@link MailPurpose#description()} in logs. */
    MailPurpose purpose();

    /** The number of the attempt, counted from 1. */
    int attempt();

    /** The mail server accepted the mail. */
    record Sent(UUID mailId, MailPurpose purpose, int attempt) implements DeliveryOutcome {
    }

    /** The attempt failed; the mail is tried again from {@code nextAttemptAt}. */
    record RetryScheduled(UUID mailId, MailPurpose purpose, int attempt, Instant nextAttemptAt, String reason)
            implements DeliveryOutcome {
    }

    /**
     * The mail could not be tried because something it needs is down; it waits until {@code nextAttemptAt} and
     * keeps its attempts.
     */
    record Postponed(UUID mailId, MailPurpose purpose, int attempt, Instant nextAttemptAt, String reason)
            implements DeliveryOutcome {
    }

    /** The last allowed attempt failed: the mail is marked failed and not tried again. */
    record GaveUp(UUID mailId, MailPurpose purpose, int attempt, String reason) implements DeliveryOutcome {
    }
}
