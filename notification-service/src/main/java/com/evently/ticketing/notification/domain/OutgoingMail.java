package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A mail ready to hand to the mail server: the queued message and the files it carries.
 *
 * @param unsubscribe announced in {@code List-Unsubscribe} (with one-click {@code List-Unsubscribe-Post}); null
 *                    for transactional mails
 */
public record OutgoingMail(String recipient, MailContent content, List<Attachment> attachments, URI unsubscribe) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String recipient, MailContent content, List<Attachment> attachments) {
        this(recipient, content, attachments, null);
    }
}
