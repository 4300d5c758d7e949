package com.evently.ticketing.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail as the delivery log shows it: what it was for, to whom, and how its delivery went. Never its body,
 * which may hold a working reset link.
 *
 * @param lastError the last failed attempt's reason, null once it was sent
 * @param sentAt    null until the mail server accepted it
 */
public record LoggedMail(UUID id, MailKind kind, String recipient, String subject, MailStatus status, int attempts,
                         String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                         BodyRetention bodyRetention) {

    public LoggedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bodyRetention, "bodyRetention");
    }

    /**
     * Whether an administrator may send it again: not while it is still queued, and not when its text was erased
     * after delivery (a reset link: the user asks for a new one instead).
     */
    public void checkResendable() {
        if (status == MailStatus.PENDING) {
            throw new NotificationConflict("Mail " + id + " is still queued: it will be sent without being resent");
        }
        if (bodyRetention == BodyRetention.ERASE) {
            throw new NotificationConflict("Mail " + id + " carried a secret that was erased after delivery; "
                    + "the user has to ask for a new one");
        }
    }
}
