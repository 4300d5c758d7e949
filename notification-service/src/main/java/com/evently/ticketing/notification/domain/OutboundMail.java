package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** A mail waiting in the queue: composed when it was queued, sent later with what its kind attaches. */
public record OutboundMail(MailKind kind, UUID bookingId, String recipient, MailContent content) {

    public OutboundMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
