package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.domain.LoggedMail;

import java.time.Instant;
import java.util.UUID;

/** A mail as its recipient sees it: whether it went out, not the server's diagnostics. */
record OwnMailResponse(UUID id, String kind, String subject, String status, Instant createdAt, Instant sentAt) {

    static OwnMailResponse of(LoggedMail mail) {
        return new OwnMailResponse(mail.id(), mail.kind().name(), mail.subject(), mail.status().name(),
                mail.createdAt(), mail.sentAt());
    }
}
