package com.evently.ticketing.notification.domain;

import java.util.Objects;

/** A mail waiting in the queue: composed when it was queued, sent later with what its purpose attaches. */
public record OutboundMail(MailPurpose purpose, String recipient, MailContent content) {

    public OutboundMail {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
