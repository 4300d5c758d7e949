package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;

/** What a mail says: one subject and the same message as plain text and as HTML. */
public record MailContent(String subject, String plainText, String html) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank()) {
            throw new InvalidInput("A mail needs a subject");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new InvalidInput("A subject is one line");
        }
    }
}
