package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** A verified request to stop one topic's mails to one user. */
public record Unsubscription(UUID userId, MailTopic topic) {

    public Unsubscription {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(topic, "topic");
    }
}
