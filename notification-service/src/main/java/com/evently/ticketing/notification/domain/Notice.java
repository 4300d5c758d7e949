package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.util.Objects;

/**
 * A mail the domain asks for: what it is for (and so whether it is a duplicate), to whom, and what it says.
 *
 * @param unsubscribe the one-click link that stops mails of its topic; null for transactional mails
 */
public record Notice(MailPurpose purpose, Recipient recipient, Letter letter, URI unsubscribe) {

    public Notice(MailPurpose purpose, Recipient recipient, Letter letter) {
        this(purpose, recipient, letter, null);
    }

    public Notice {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(letter, "letter");
        if (letter.kind() != purpose.kind()) {
            throw new IllegalArgumentException("A " + purpose.kind() + " mail cannot say a " + letter.kind() + " letter");
        }
    }
}
