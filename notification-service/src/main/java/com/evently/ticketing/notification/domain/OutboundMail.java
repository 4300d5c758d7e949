package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.util.Objects;

/**
 * A mail waiting in the queue: composed when it was queued, sent later with what its purpose attaches.
 *
 * @param unsubscribe the one-click unsubscribe link its headers announce; null for transactional mails
 */
public record OutboundMail(MailPurpose purpose, String recipient, MailContent content, URI unsubscribe) {

    public OutboundMail {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }

    public OutboundMail(MailPurpose purpose, String recipient, MailContent content) {
        this(purpose, recipient, content, null);
    }
}
