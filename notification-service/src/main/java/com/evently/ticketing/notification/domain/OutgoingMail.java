package com.evently.ticketing.notification.domain;

import java.util.List;
import java.util.Objects;

/** A mail ready to hand to the mail server: the queued message and the files it carries. */
public record OutgoingMail(String recipient, MailContent content, List<Attachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
    }
}
