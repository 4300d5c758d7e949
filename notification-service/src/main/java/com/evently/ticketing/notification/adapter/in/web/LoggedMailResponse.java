package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.domain.LoggedMail;

import java.time.Instant;
import java.util.UUID;

/** A mail in the delivery log as administrators see it: its delivery, never its body. */
record LoggedMailResponse(UUID id, String kind, String recipient, String subject, String status, int attempts,
                          String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    static LoggedMailResponse of(LoggedMail mail) {
        return new LoggedMailResponse(mail.id(), mail.kind().name(), mail.recipient(), mail.subject(),
                mail.status().name(), mail.attempts(), mail.lastError(), mail.createdAt(), mail.nextAttemptAt(),
                mail.sentAt());
    }
}
