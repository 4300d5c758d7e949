package com.evently.ticketing.notification.domain;

import java.util.Objects;

/** What a mail says: one subject and the same message as plain text and as HTML. */
public record MailContent(String subject, String plainText, String html) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("A subject is one line");
        }
    }
}
